package org.duizhao.annotations.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.corpus.core.Document;
import org.junit.jupiter.api.Test;

class IntercoderAgreementTest {

	private static final Code POVERTY = new Code("p", null, "扶贫", null, null, null, 0, 1);
	private static final Code INDUSTRY = new Code("i", "p", "产业, 就业", null, null, null, 0, 1);
	private static final CodeTree TREE = new CodeTree(List.of(POVERTY, INDUSTRY));

	private static AgreementRow only(List<Annotation> annotations, List<String> coders, List<Document> docs) {
		return IntercoderAgreement.compute(annotations, coders, List.of(POVERTY), TREE, docs, null).rows().get(0);
	}

	/**
	 * The grant example of kappa laid out as characters: 50 characters, A codes 0..25, B codes
	 * 0..20 and 25..35, both together 20 characters, both not 15.
	 */
	@Test
	void characterUnitsGiveTheTextbookKappa() {
		Document d = Docs.document("d", 50, null, null);
		List<Annotation> list = List.of(Docs.annotation("d", "A", 0, 25, "p"), Docs.annotation("d", "B", 0, 20, "p"),
				Docs.annotation("d", "B", 25, 35, "p"));
		AgreementRow row = only(list, List.of("A", "B"), List.of(d));
		assertThat(row.units()).isEqualTo(50);
		assertThat(row.agreement()).isCloseTo(0.7, within(1e-12));
		assertThat(row.kappa()).isCloseTo(0.4, within(1e-12));
		// alpha from the coincidence matrix by hand: o11 = 40, o00 = 30, o01 = o10 = 15, n = 100
		double expected = 1 - 99.0 * 30 / (100 * 100 - 55 * 55 - 45 * 45);
		assertThat(row.alpha()).isCloseTo(expected, within(1e-12));
	}

	@Test
	void overlappingPassagesOfOneCoderCountOnceAndPositionsAreClamped() {
		Document d = Docs.document("d", 10, null, null);
		List<Annotation> list = List.of(Docs.annotation("d", "A", 0, 6, "p"), Docs.annotation("d", "A", 3, 8, "p"),
				Docs.annotation("d", "B", 0, 8, "p"), Docs.annotation("d", "B", 5, 40, "p"));
		AgreementRow row = only(list, List.of("A", "B"), List.of(d));
		assertThat(row.agreement()).isCloseTo(0.8, within(1e-12));
	}

	@Test
	void documentsCodesAndCodersAreFiltered() {
		Document d1 = Docs.document("d1", 20, null, null);
		Document d2 = Docs.document("d2", 30, null, null);
		List<Annotation> list = new ArrayList<>(List.of(Docs.annotation("d1", "A", 0, 10, "p"),
				Docs.annotation("d1", "B", 0, 10, "p"), Docs.annotation("d2", "A", 0, 30, "p"),
				Docs.annotation("d1", "C", 10, 20, "p"), Docs.annotation("d1", "B", 10, 20, "i"),
				Docs.unanchored(Docs.annotation("d1", "B", 15, 20, "p"))));
		AgreementRow row = only(list, List.of("A", "B"), List.of(d1));
		assertThat(row.units()).isEqualTo(20);
		assertThat(row.agreement()).isEqualTo(1.0);
		assertThat(row.kappa()).isEqualTo(1.0);
		assertThat(row.alpha()).isEqualTo(1.0);
	}

	@Test
	void threeCodersHaveAlphaButNoKappa() {
		Document d = Docs.document("d", 10, null, null);
		List<Annotation> list = List.of(Docs.annotation("d", "A", 0, 5, "p"), Docs.annotation("d", "B", 0, 5, "p"),
				Docs.annotation("d", "C", 0, 4, "p"));
		AgreementRow row = only(list, List.of("A", "B", "C"), List.of(d));
		assertThat(row.kappa()).isNull();
		assertThat(row.agreement()).isCloseTo(0.9, within(1e-12));
		KrippendorffAlpha byUnit = new KrippendorffAlpha();
		for (int c = 0; c < 10; c++) {
			byUnit.add(c < 5 ? 1 : 0, c < 5 ? 1 : 0, c < 4 ? 1 : 0);
		}
		assertThat(row.alpha()).isCloseTo(byUnit.alpha(), within(1e-12));
	}

	@Test
	void unusedCodeHasNoAlphaAndTableExportsCsv() throws Exception {
		Document d = Docs.document("d", 10, null, null);
		AgreementTable table = IntercoderAgreement.compute(List.of(Docs.annotation("d", "A", 0, 5, "p")),
				List.of("A", "B"), List.of(POVERTY, INDUSTRY), TREE, List.of(d), null);
		AgreementRow unused = table.rows().get(1);
		assertThat(unused.code()).isEqualTo("扶贫/产业, 就业");
		assertThat(unused.agreement()).isEqualTo(1.0);
		assertThat(unused.alpha()).isNull();
		assertThat(unused.kappa()).isNull();
		StringWriter csv = new StringWriter();
		table.writeCsv(csv);
		assertThat(csv.toString()).isEqualTo("code,units,agreement,kappa,alpha\r\n" + "扶贫,10,0.5000,0.0000,-0.2667\r\n"
				+ "\"扶贫/产业, 就业\",10,1.0000,,\r\n");
	}

	@Test
	void fewerThanTwoCodersIsRefused() {
		assertThatThrownBy(() -> only(List.of(), List.of("A"), List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> only(List.of(), List.of("A", "A"), List.of()))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
