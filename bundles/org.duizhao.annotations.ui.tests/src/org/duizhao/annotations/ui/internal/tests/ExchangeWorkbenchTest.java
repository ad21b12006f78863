package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.exchange.ExchangeFormat;
import org.duizhao.annotations.ui.internal.exchange.ExchangeHandler;
import org.duizhao.annotations.ui.internal.exchange.ExchangeJob;
import org.duizhao.annotations.ui.internal.exchange.ExchangeSummaryDialog;
import org.duizhao.annotations.ui.internal.views.AnnotationsView;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File &gt; Import/Export Annotations on a real workbench: the jobs export all three formats, a
 * W3C export imported again brings the passages back into the open Annotations view, what cannot
 * be mapped is listed in the summary dialog, and a malformed file fails the job and changes nothing.
 */
class ExchangeWorkbenchTest extends WithAnnotatedProject {

	@BeforeEach
	void setUp() throws Exception {
		Code policy = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Code industry = store.createCode(policy.id(), "产业", null, null, null); //$NON-NLS-1$
		annotate("产业扶贫", List.of(industry.id()), "alice"); //$NON-NLS-1$ //$NON-NLS-2$
		annotate("教育扶贫", List.of(policy.id()), "bob"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theCommandsAreInTheWorkbenchWithHandlers() throws Exception {
		Workbench.run(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			for (String id : List.of("org.duizhao.annotations.ui.importAnnotations", //$NON-NLS-1$
					"org.duizhao.annotations.ui.exportAnnotations")) { //$NON-NLS-1$
				Command c = commands.getCommand(id);
				assertThat(c.isDefined()).as(id).isTrue();
				assertThat(c.isHandled()).as(id).isTrue();
			}
		});
	}

	@Test
	void exportsEachFormatAndAW3cReimportRefreshesTheView() throws Exception {
		Path w3c = exportTo(ExchangeFormat.W3C, "all.jsonld"); //$NON-NLS-1$
		Path qdpx = exportTo(ExchangeFormat.QDPX, "all.qdpx"); //$NON-NLS-1$
		Path csv = exportTo(ExchangeFormat.CSV, "all.csv"); //$NON-NLS-1$
		assertThat(Files.readString(w3c, StandardCharsets.UTF_8)).contains("TextQuoteSelector", "产业扶贫"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(Files.size(qdpx)).isPositive();
		assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("产业扶贫", "教育扶贫", "alice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		// a fresh view: another test may have left filters on the one open
		AnnotationsView view = Workbench.sync(() -> {
			IViewPart old = AnnotatedProject.page().findView(AnnotationsView.ID);
			if (old != null) {
				AnnotatedProject.page().hideView(old);
			}
			return (AnnotationsView) AnnotatedProject.page().showView(AnnotationsView.ID);
		});
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.rows().size() == 2, 10);
		for (Annotation a : store.annotations(AnnotationQuery.all())) {
			store.deleteAnnotation(a.id(), a.rowVersion());
		}
		Workbench.waitUntil(() -> view.rows().isEmpty(), 10);

		ExchangeJob job = ExchangeJob.startImport(fixture.project, w3c, null);
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		assertThat(job.summary().problems()).isEmpty();
		Workbench.waitUntil(() -> view.rows().size() == 2, 10);
		assertThat(view.rows()).extracting(a -> a.quote().exact()).containsExactlyInAnyOrder("产业扶贫", "教育扶贫"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(view.rows()).extracting(Annotation::coder).containsExactlyInAnyOrder("alice", "bob"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void whatCannotBeMappedIsListedInTheSummaryDialog() throws Exception {
		String id = fixture.document.id();
		Path file = temp.resolve("in.jsonld"); //$NON-NLS-1$
		Files.writeString(file, "[" + annotation(id, "生态保护") + "," + annotation("nowhere.txt", "乡村学校") + "]", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				StandardCharsets.UTF_8);
		ExchangeJob job = ExchangeJob.startImport(fixture.project, file, null);
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		assertThat(job.summary().problems()).singleElement().asString().contains("nowhere.txt"); //$NON-NLS-1$
		assertThat(store.annotations(AnnotationQuery.all())).extracting(a -> a.quote().exact()).contains("生态保护"); //$NON-NLS-1$

		Workbench.run(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			ExchangeSummaryDialog dialog = new ExchangeSummaryDialog(shell, job.summary());
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				assertThat(dialog.getShell().getText()).isNotBlank();
				assertThat(dialog.problemList().getItems()).singleElement().asString().contains("nowhere.txt"); //$NON-NLS-1$
			} finally {
				dialog.close();
			}
		});
	}

	@Test
	void aMalformedFileFailsTheJobWithItsNameAndChangesNothing() throws Exception {
		Path file = temp.resolve("broken.jsonld"); //$NON-NLS-1$
		Files.writeString(file, "[{\"type\":\"Annotation\",", StandardCharsets.UTF_8); //$NON-NLS-1$
		ExchangeJob job = ExchangeJob.startImport(fixture.project, file, null);
		job.join(60_000, null);
		assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.ERROR);
		assertThat(job.getResult().getMessage()).contains("broken.jsonld"); //$NON-NLS-1$
		assertThat(job.summary()).isNull();
		assertThat(store.annotations(AnnotationQuery.all())).hasSize(2);
	}

	@Test
	void theExportFormatFollowsTheFileNameElseTheChosenFilter() {
		assertThat(ExchangeHandler.formatOf("a.QDPX", ExchangeFormat.W3C)).isEqualTo(ExchangeFormat.QDPX); //$NON-NLS-1$
		assertThat(ExchangeHandler.formatOf("a.json", ExchangeFormat.CSV)).isEqualTo(ExchangeFormat.W3C); //$NON-NLS-1$
		assertThat(ExchangeHandler.formatOf("报告", ExchangeFormat.CSV)).isEqualTo(ExchangeFormat.CSV); //$NON-NLS-1$
		assertThat(ExchangeHandler.withExtension("/x/报告", ExchangeFormat.CSV)).isEqualTo(Path.of("/x/报告.csv")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(ExchangeHandler.withExtension("/x/a.json", ExchangeFormat.W3C)).isEqualTo(Path.of("/x/a.json")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Path exportTo(ExchangeFormat format, String name) throws Exception {
		Path out = temp.resolve(name);
		ExchangeJob job = ExchangeJob.startExport(fixture.project, format, out, null);
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		assertThat(job.summary().headline()).contains(name);
		assertThat(out).exists();
		return out;
	}

	/** A W3C annotation placed by its quote only, coded 扶贫. */
	private static String annotation(String source, String exact) {
		return "{\"type\":\"Annotation\",\"motivation\":\"tagging\",\"body\":{\"type\":\"TextualBody\"," //$NON-NLS-1$
				+ "\"purpose\":\"tagging\",\"value\":\"扶贫\"},\"target\":{\"source\":\"" + source //$NON-NLS-1$
				+ "\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"" + exact + "\"}}}"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
