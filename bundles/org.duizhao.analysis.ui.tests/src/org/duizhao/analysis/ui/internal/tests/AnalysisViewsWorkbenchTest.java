package org.duizhao.analysis.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.duizhao.analysis.ui.internal.views.DiffusionView;
import org.duizhao.analysis.ui.internal.views.ReuseView;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;

/**
 * The Phrase Diffusion and Corpus Reuse views on a real workbench: they open, compute in a job,
 * draw their charts, and save PNG (loads back with ImageLoader), SVG (well-formed XML with the marks
 * drawn) and CSV (the rows of the table).
 */
class AnalysisViewsWorkbenchTest extends WithOpenProject {

	private static final String SHARED = "坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，确保全面建成小康社会取得决定性成就。"; //$NON-NLS-1$

	@Override
	String name() {
		return "AnalysisUi"; //$NON-NLS-1$
	}

	@Override
	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("fj.txt", "省委决定：实现两不愁三保障。\n" + SHARED + "\n今年全省新建农村公路一千二百公里。\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		texts.put("gs.txt", "各縣要實現兩不愁三保障。\n" + SHARED + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		texts.put("gs2.txt", "再次强调两不愁三保障。\n"); //$NON-NLS-1$ //$NON-NLS-2$
		return texts;
	}

	@Override
	Metadata describe(Document d) {
		String name = d.current().sourceName();
		String[] meta = name.startsWith("fj") ? new String[] { "2016-03-01", "福建省" } //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: name.startsWith("gs2") ? new String[] { "2019-02-01", "甘肃省" } : new String[] { "2017-05-02", "甘肃省" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		return d.metadata().withDate(meta[0]).withRegion(meta[1]);
	}

	@Test
	void diffusionViewDrawsTheChartAndSavesPngSvgCsv() throws Exception {
		DiffusionView view = Workbench.sync(() -> (DiffusionView) Workbench.page().showView(DiffusionView.ID));
		Job job = Workbench.sync(() -> view.show(project, List.of("兩不愁三保障"))); //$NON-NLS-1$
		finished(job);
		Workbench.waitUntil(() -> view.chart() != null, 20);
		Workbench.waitUntil(() -> view.chart().points() == 3, 20); // painted: one dot per dated document
		Workbench.run(() -> assertThat(view.chart().cells()).isEqualTo(3));

		Path svg = saveAll("d", f -> view.exportPng(f), f -> view.exportSvg(f), f -> view.exportCsv(f)); //$NON-NLS-1$
		org.w3c.dom.Document doc = parse(svg);
		assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg"); //$NON-NLS-1$
		assertThat(doc.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(3); //$NON-NLS-1$
		assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("福建省", "甘肃省", "2016"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> rows = Files.readAllLines(temp.resolve("d.csv"), StandardCharsets.UTF_8); //$NON-NLS-1$
		assertThat(rows).containsExactly("\uFEFFphrase,region,year,documents,occurrences", //$NON-NLS-1$
				"兩不愁三保障,福建省,2016,1,1", "兩不愁三保障,甘肃省,2017,1,1", "兩不愁三保障,甘肃省,2019,1,1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void reuseViewDrawsMatrixAndNetworkAndSavesPngSvgCsv() throws Exception {
		ReuseView view = Workbench.sync(() -> (ReuseView) Workbench.page().showView(ReuseView.ID));
		Job job = Workbench.sync(() -> view.run(project, 0.1));
		finished(job);
		Workbench.waitUntil(() -> view.chart() != null, 20);
		Workbench.waitUntil(() -> view.chart().edges() == 1, 20);
		Workbench.run(() -> assertThat(view.chart().nodes()).hasSize(2));

		org.w3c.dom.Document doc = parse(saveAll("r", f -> view.exportPng(f), f -> view.exportSvg(f), f -> view.exportCsv(f))); //$NON-NLS-1$
		assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(1); //$NON-NLS-1$
		assertThat(doc.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(2); //$NON-NLS-1$
		List<String> rows = Files.readAllLines(temp.resolve("r.csv"), StandardCharsets.UTF_8); //$NON-NLS-1$
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).contains("福建省", "甘肃省"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The containment control: what it is set to is what the run uses, and 0 turns it off. */
	@Test
	void reuseViewRunsWithTheContainmentSet() throws Exception {
		ReuseView view = Workbench.sync(() -> (ReuseView) Workbench.page().showView(ReuseView.ID));
		finished(Workbench.sync(() -> view.run(project, 0.1, 0.45)));
		Workbench.waitUntil(() -> view.report() != null && view.report().parameters().containment() == 0.45, 20);
		finished(Workbench.sync(() -> view.run(project, 0.1, 0)));
		Workbench.waitUntil(() -> view.report().parameters().containment() == 0, 20);
		Workbench.run(() -> assertThat(view.report().parameters().containmentOn()).isFalse());
		Object before = Workbench.sync(view::report);
		finished(Workbench.sync(() -> view.run(project, 0.1))); // the spinner still says 0
		Workbench.waitUntil(() -> view.report() != before, 20);
		Workbench.run(() -> assertThat(view.report().parameters().containment()).isZero());
	}

	/** Waits for {@code job} and checks that it went well. */
	private static void finished(Job job) throws InterruptedException {
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
	}

	/** One of a chart view's Save As commands. */
	@FunctionalInterface
	private interface Export {
		void to(Path file) throws IOException;
	}

	/**
	 * Saves the chart as {@code name}.png, .svg and .csv on the UI thread, as the view's commands do,
	 * and checks that the PNG loads back.
	 *
	 * @return the SVG file
	 */
	private Path saveAll(String name, Export png, Export svg, Export csv) throws Exception {
		Path pngFile = temp.resolve(name + ".png"); //$NON-NLS-1$
		Path svgFile = temp.resolve(name + ".svg"); //$NON-NLS-1$
		Workbench.sync(() -> {
			png.to(pngFile);
			svg.to(svgFile);
			csv.to(temp.resolve(name + ".csv")); //$NON-NLS-1$
			return null;
		});
		assertPng(pngFile);
		return svgFile;
	}

	private static void assertPng(Path png) throws Exception {
		try (InputStream in = Files.newInputStream(png)) {
			ImageData[] data = new ImageLoader().load(in);
			assertThat(data).hasSize(1);
			assertThat(data[0].width).isGreaterThan(100);
			assertThat(data[0].height).isGreaterThan(100);
		}
	}

	private static org.w3c.dom.Document parse(Path svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		return factory.newDocumentBuilder().parse(svg.toFile());
	}
}
