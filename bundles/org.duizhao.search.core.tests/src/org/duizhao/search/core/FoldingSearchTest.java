package org.duizhao.search.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Queries fold as comparison does: script, variants and look-alikes, glosses, line breaks. */
class FoldingSearchTest extends WithIndexedCorpus {

	@Override
	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("simplified.txt", "关于工作的通知\n我们一定要打赢脱贫攻坚战，巩固成果。\n");
		texts.put("traditional.txt", "關於會議的通報\n各地繼續打贏脫貧攻堅戰，鞏固成果。\n");
		texts.put("lookalike.txt", "会议纪要\n本市召開苐三次會議，嶊進工作。\n");
		texts.put("glossed.txt", "学习材料\n要堅(jiān)持精準(zhǔn)扶貧，𠮷祥\n如意。\n");
		return texts;
	}

	@Test
	void traditionalQueryFindsSimplifiedText() throws IOException {
		SearchResult r = search("打贏脫貧攻堅");
		assertThat(r.hits()).extracting(SearchHit::match).containsExactlyInAnyOrder("打赢脱贫攻坚", "打贏脫貧攻堅");
		assertThat(r.hits()).filteredOn(h -> h.match().equals("打赢脱贫攻坚")).extracting(SearchHit::title)
				.containsExactly("关于工作的通知");
	}

	@Test
	void simplifiedQueryFindsTraditionalText() throws IOException {
		SearchResult r = search("巩固成果");
		assertThat(r.total()).isEqualTo(2);
		assertThat(r.hits()).extracting(SearchHit::match).containsExactlyInAnyOrder("巩固成果", "鞏固成果");
	}

	@Test
	void textWrittenWithLookalikesIsFound() throws IOException {
		SearchResult r = search("第三次会议");
		assertThat(r.hits()).extracting(SearchHit::match).containsExactly("苐三次會議");
		assertThat(search("推进工作").hits()).extracting(SearchHit::match).containsExactly("嶊進工作");
	}

	@Test
	void pinyinGlossesAndLineBreaksDoNotBreakAPhrase() throws IOException {
		assertThat(search("坚持精准扶贫").hits()).extracting(SearchHit::match).containsExactly("堅(jiān)持精準(zhǔn)扶貧");
		assertThat(search("𠮷祥如意").hits()).extracting(SearchHit::match).containsExactly("𠮷祥\n如意");
	}

	@Test
	void offsetsAreCodePointsOfTheOriginalText() throws IOException {
		for (String q : List.of("打赢脱贫攻坚", "坚持精准扶贫", "𠮷祥如意", "第三次会议", "成果", "会议")) {
			for (SearchHit h : search(q).hits()) {
				String text = project.readText(project.document(h.documentId()).orElseThrow(),
						project.document(h.documentId()).orElseThrow().current());
				int s = text.offsetByCodePoints(0, h.start());
				int e = text.offsetByCodePoints(0, h.end());
				assertThat(text.substring(s, e)).as(q).isEqualTo(h.match());
			}
		}
		SearchHit kichi = search("如意").hits().get(0);
		String glossed = project.readText(Corpus.named(project, "glossed.txt"), Corpus.named(project, "glossed.txt").current());
		assertThat(kichi.start()).isEqualTo(glossed.codePointCount(0, glossed.indexOf("如意")));
	}

	@Test
	void oneHitPerOccurrenceAndTotalCountsThemAll() throws IOException {
		SearchResult r = index.search(SearchQuery.of("会议"), 1, 10, null);
		assertThat(r.total()).isEqualTo(3); // 会议纪要, 會議 (look-alike doc), 會議 (traditional title)
		assertThat(r.documents()).isEqualTo(2);
		assertThat(r.hits()).hasSize(1);
	}

	private SearchResult search(String q) throws IOException {
		return index.search(SearchQuery.of(q), 100, SearchIndex.DEFAULT_CONTEXT, null);
	}
}
