package org.duizhao.search.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five real messy texts, when present: the traditional, glossed one answers simplified queries. */
class SeedSearchTest {

	@TempDir
	Path dir;

	@Test
	void simplifiedQueriesFindTheTraditionalGlossedSeed() throws IOException {
		List<Path> seeds = TestData.seeds();
		Project p = Project.create(dir.resolve("seeds"), "seeds");
		new Importer(p, ImportOptions.defaults()).importFiles(seeds, null);
		Document traditional = p.documents().stream().filter(d -> d.current().sourceName().startsWith("003"))
				.findFirst().orElseThrow();
		try (SearchIndex index = SearchIndex.of(p)) {
			SearchResult r = index.search(SearchQuery.of("脱贫攻坚战"), 10_000, 10, null);
			assertThat(r.documents()).isGreaterThanOrEqualTo(3);
			List<SearchHit> in003 = r.hits().stream().filter(h -> h.documentId().equals(traditional.id())).toList();
			assertThat(in003).isNotEmpty();
			// the original keeps its traditional characters and its pinyin glosses
			assertThat(in003).extracting(SearchHit::match).anyMatch(m -> m.startsWith("脫貧攻堅(jiān)戰"));
			String text = p.readText(traditional, traditional.current());
			for (SearchHit h : in003) {
				assertThat(text.substring(text.offsetByCodePoints(0, h.start()), text.offsetByCodePoints(0, h.end())))
						.isEqualTo(h.match());
			}
			assertThat(index.search(SearchQuery.of("两不愁三保障"), 100, 10, null).total()).isPositive();
		}
	}
}
