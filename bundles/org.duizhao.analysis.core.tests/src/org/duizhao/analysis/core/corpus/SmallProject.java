package org.duizhao.analysis.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.core.Project;

/**
 * A real project of short made-up documents with known dates and regions, for the diffusion and
 * reuse tests: the formula 两不愁三保障 in simplified, traditional and punctuated forms.
 */
final class SmallProject {

	/** Title, date, region, text; an empty date or region is left out of the metadata. */
	static final String[][] DOCS = {
			{ "fj-2016", "2016-03-01", "福建省", "𠮷省委决定：实现两不愁三保障。\n要久久为功，确保两不愁三保障落到实处。\n" },
			{ "gs-2017", "2017-05-02", "甘肃省", "我省学习福建经验，做到两不愁、三保障。\n" },
			{ "gs-2018", "2018", "甘肃省", "各縣要實現兩不愁三保障，久久為功。\n" },
			{ "fj-2018", "2018-01-01", "福建省", "全面總結兩不愁三保障的經驗。\n" },
			{ "none", "", "", "网上转载：两不愁三保障。\n" },
			{ "gz-2019", "2019-07", "贵州省", "产业协作推动乡村振兴。\n" } };

	final Project project;
	final List<Document> documents = new ArrayList<>();

	private SmallProject(Project project) {
		this.project = project;
	}

	static SmallProject create(Path dir) throws IOException {
		SmallProject p = new SmallProject(Project.create(dir.resolve("project"), "diffusion")); //$NON-NLS-1$ //$NON-NLS-2$
		Path in = Files.createDirectories(dir.resolve("in")); //$NON-NLS-1$
		for (String[] d : DOCS) {
			Path file = in.resolve(d[0] + ".txt"); //$NON-NLS-1$
			Files.writeString(file, d[3], StandardCharsets.UTF_8);
			Document doc = new Importer(p.project, ImportOptions.defaults()).importFiles(List.of(file), null).imported()
					.get(0).document();
			Metadata m = doc.metadata().withTitle(d[0]).withDate(d[1].isEmpty() ? null : d[1])
					.withRegion(d[2].isEmpty() ? null : d[2]);
			p.documents.add(p.project.updateMetadata(doc.id(), m));
		}
		return p;
	}

	String id(String title) {
		return documents.stream().filter(d -> d.displayName().equals(title)).findFirst().orElseThrow().id();
	}

	String text(String title) {
		for (String[] d : DOCS) {
			if (d[0].equals(title)) {
				return d[3];
			}
		}
		throw new IllegalArgumentException(title);
	}
}
