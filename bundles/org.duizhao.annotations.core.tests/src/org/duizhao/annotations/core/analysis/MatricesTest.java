package org.duizhao.annotations.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.corpus.core.Document;
import org.junit.jupiter.api.Test;

class MatricesTest {

	private final Document fujian = Docs.document("f", 100, "福建省", "2020-03-06");
	private final Document gansu = Docs.document("g", 100, "甘肃省", "2019");
	private final Document unknown = Docs.document("u", 100, null, "不详");
	private final List<Document> docs = List.of(fujian, gansu, unknown);
	private final List<Annotation> annotations = List.of(Docs.annotation("f", "A", 0, 10, "p", "i"),
			Docs.annotation("f", "B", 5, 15, "p"), Docs.annotation("g", "A", 0, 10, "i"),
			Docs.annotation("u", "A", 0, 10, "p"), Docs.annotation("x", "A", 0, 10, "p"));

	@Test
	void codeByDocumentRegionAndYear() {
		CodeMatrix byDoc = CodeMatrices.byDocument(List.of("p", "i"), annotations, docs);
		assertThat(byDoc.columns()).containsExactly("f", "g", "u");
		assertThat(byDoc.counts()).isDeepEqualTo(new int[][] { { 2, 0, 1 }, { 1, 1, 0 } });
		CodeMatrix byRegion = CodeMatrices.byRegion(List.of("p", "i"), annotations, docs);
		assertThat(byRegion.columns()).containsExactly("甘肃省", "福建省", CodeMatrix.UNKNOWN);
		assertThat(byRegion.count("p", "福建省")).isEqualTo(2);
		assertThat(byRegion.count("p", CodeMatrix.UNKNOWN)).isEqualTo(1);
		CodeMatrix byYear = CodeMatrices.byYear(List.of("p", "i"), annotations, docs);
		assertThat(byYear.columns()).containsExactly("2019", "2020", CodeMatrix.UNKNOWN);
		assertThat(byYear.count("i", "2019")).isEqualTo(1);
		assertThat(byYear.total("p")).isEqualTo(3);
	}

	@Test
	void coOccurrenceCountsOverlappingPassagesAndPassagesWithTwoCodes() {
		List<Annotation> list = List.of(Docs.annotation("f", "A", 0, 10, "p", "i"), Docs.annotation("f", "B", 5, 15, "p"),
				Docs.annotation("f", "B", 9, 20, "i"), Docs.annotation("f", "B", 10, 20, "e"),
				Docs.annotation("g", "A", 0, 10, "e"), Docs.unanchored(Docs.annotation("f", "A", 0, 20, "e")));
		CodeMatrix m = CoOccurrence.of(List.of("p", "i", "e"), list);
		// p-i: the passage with both, and its overlaps with 5..15 (p) and 9..20 (i), and 5..15 with 9..20
		assertThat(m.count("p", "i")).isEqualTo(4);
		assertThat(m.count("i", "p")).isEqualTo(4);
		// p-e: 5..15 with 10..20; i-e: 9..20 with 10..20; 0..10 ends where 10..20 starts
		assertThat(m.count("p", "e")).isEqualTo(1);
		assertThat(m.count("i", "e")).isEqualTo(1);
		assertThat(m.count("p", "p")).isZero();
	}

	@Test
	void segmentsCarryTitlesAndCodePathsInDocumentOrder() throws Exception {
		CodeTree tree = new CodeTree(List.of(new Code("p", null, "扶贫", null, null, null, 0, 1),
				new Code("i", "p", "产业", null, null, null, 0, 1)));
		List<CodedSegment> segments = CodedSegments.of(annotations, tree, List.of(gansu, fujian));
		assertThat(segments).extracting(CodedSegment::documentTitle).containsExactly("标题g", "标题f", "标题f", "u", "x");
		assertThat(segments.get(1).codes()).containsExactly("扶贫", "扶贫/产业");
		assertThat(CodedSegments.countByDocument(segments)).containsEntry("f", 2);
		StringWriter csv = new StringWriter();
		CodeMatrices.byDocument(List.of("p"), annotations, docs).writeCsv(csv, Map.of("p", "扶贫"),
				Map.of("f", "标题f"));
		assertThat(csv.toString()).isEqualTo("code,标题f,g,u\r\n扶贫,2,0,1\r\n");
	}
}
