package org.duizhao.search.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.Test;

/** Phrase, boolean and prefix queries, and the metadata filters. */
class QueryAndFilterTest extends WithIndexedCorpus {

	@Override
	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("a.txt", "福建扶贫\n推进扶贫工作，poverty alleviation in Fujian.\n");
		texts.put("b.txt", "甘肃振兴\n推进乡村振兴，poverty reduction and rural revival.\n");
		texts.put("c.txt", "廣東報告\n推進扶貧協作，繼續工作。\n");
		return texts;
	}

	@Override
	void describe(Project p) throws IOException {
		meta("a.txt", new Metadata("福建扶贫", null, "2018-05-01", "福建省", "福建省人民政府办公厅", List.of("扶贫", "东西协作")));
		meta("b.txt", new Metadata("甘肃振兴", null, "2020-03", "甘肃省", "甘肃省扶贫开发办公室", List.of("振兴")));
		meta("c.txt", new Metadata("廣東報告", null, "2019", "广东省", "廣東省人民政府", List.of("扶貧")));
	}

	@Test
	void hanRunsAndQuotedWordsArePhrases() throws IOException {
		assertThat(docs("扶贫工作")).containsExactly("a.txt");
		assertThat(docs("\"poverty alleviation\"")).containsExactly("a.txt");
		assertThat(docs("\"alleviation poverty\"")).isEmpty();
		assertThat(docs("“乡村振兴”")).containsExactly("b.txt");
		assertThat(matches("推进")).containsExactlyInAnyOrder("推进", "推进", "推進");
	}

	@Test
	void booleanOperatorsCombine() throws IOException {
		assertThat(docs("poverty AND 扶贫")).containsExactly("a.txt");
		assertThat(docs("poverty 扶贫")).containsExactly("a.txt");
		assertThat(docs("扶贫 OR 振兴")).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
		assertThat(docs("推进 NOT poverty")).containsExactly("c.txt");
		assertThat(docs("推进 -扶贫")).containsExactly("b.txt");
		assertThat(docs("(扶贫 OR 振兴) AND rural")).containsExactly("b.txt");
		assertThat(matches("扶贫 OR 振兴")).hasSize(3 + 2); // every occurrence of either, one hit each
	}

	@Test
	void prefixesExpand() throws IOException {
		assertThat(matches("pover*")).containsExactlyInAnyOrder("poverty", "poverty");
		assertThat(matches("rur*")).containsExactly("rural");
		assertThat(matches("\"poverty allev*\"")).containsExactly("poverty alleviation");
	}

	@Test
	void malformedQueriesSayWhy() {
		assertThatThrownBy(() -> docs("(扶贫")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> docs("\"扶贫")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> docs("NOT 扶贫")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> docs("，。")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void metadataFiltersNarrowTheHits() throws IOException {
		SearchQuery q = SearchQuery.of("推进");
		assertThat(docs(q.withRegion("福建"))).containsExactly("a.txt");
		assertThat(docs(q.withRegion("廣東省"))).containsExactly("c.txt"); // folded like the text
		assertThat(docs(q.withYears(2019, 2020))).containsExactlyInAnyOrder("b.txt", "c.txt");
		assertThat(docs(q.withYears(2018, 2018))).containsExactly("a.txt");
		assertThat(docs(q.withIssuer("广东省人民政府"))).containsExactly("c.txt");
		assertThat(docs(q.withScript("traditional"))).containsExactly("c.txt");
		assertThat(docs(q.withTag("扶贫"))).containsExactlyInAnyOrder("a.txt", "c.txt");
		assertThat(docs(q.withRegion("福建省").withTag("振兴"))).isEmpty();
	}

	private void meta(String file, Metadata m) throws IOException {
		project.updateMetadata(Corpus.named(project, file).id(), m);
	}

	private List<String> docs(String q) throws IOException {
		return docs(SearchQuery.of(q));
	}

	private List<String> docs(SearchQuery q) throws IOException {
		return index.search(q, 1000, 10, null).hits().stream()
				.map(h -> project.document(h.documentId()).orElseThrow().current().sourceName()).distinct().toList();
	}

	private List<String> matches(String q) throws IOException {
		return index.search(SearchQuery.of(q), 1000, 10, null).hits().stream().map(SearchHit::match).toList();
	}
}
