package org.duizhao.annotations.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.junit.jupiter.api.Test;

class ReanchorerTest {

	private static final String P1 = "各地要把产业扶贫作为稳定脱贫的根本之策，因地制宜发展特色产业。";
	private static final String P2 = "东西部协作双方要加强人才交流，选派干部到对口地区挂职锻炼。";
	private static final String P3 = "要建立健全防止返贫监测和帮扶机制，对脱贫不稳定户及时纳入帮扶。";
	private static final String OLD = P1 + "\n" + P2 + "\n" + P3;

	private static Annotation on(String text, String passage) {
		int at = text.indexOf(passage);
		int start = text.codePointCount(0, at);
		return Texts.annotation(passage, text, 1, start, start + passage.codePointCount(0, passage.length()));
	}

	private static AnchorOutcome one(String oldText, String newText, Annotation a) {
		ReanchorResult r = Reanchorer.reanchor(new VersionText(1, oldText), new VersionText(2, newText), List.of(a));
		return r.outcomes().get(0);
	}

	private static String text(String newText, Annotation after) {
		return Texts.slice(newText, after.start(), after.end());
	}

	@Test
	void unchangedTextMapsEveryAnnotationExactly() {
		Annotation a = on(OLD, "人才交流");
		AnchorOutcome o = one(OLD, OLD, a);
		assertThat(o.how()).isEqualTo(Anchoring.EXACT);
		assertThat(o.after().start()).isEqualTo(a.start());
		assertThat(o.after().version()).isEqualTo(2);
	}

	@Test
	void insertionBeforeShiftsThePassageExactly() {
		String newText = "（二〇二〇年修订）\n" + OLD;
		AnchorOutcome o = one(OLD, newText, on(OLD, "防止返贫监测"));
		assertThat(o.how()).isEqualTo(Anchoring.EXACT);
		assertThat(text(newText, o.after())).isEqualTo("防止返贫监测");
		assertThat(o.after().quote().prefix()).endsWith("要建立健全");
	}

	@Test
	void movedParagraphIsCarriedOver() {
		String newText = P3 + "\n" + P1 + "\n" + P2;
		AnchorOutcome o = one(OLD, newText, on(OLD, "稳定脱贫的根本之策"));
		assertThat(o.how()).isIn(Anchoring.EXACT, Anchoring.QUOTE);
		assertThat(text(newText, o.after())).isEqualTo("稳定脱贫的根本之策");
	}

	@Test
	void editedPassageIsFoundFuzzily() {
		String newText = OLD.replace("选派干部到对口地区挂职锻炼", "选派干部到协作地区挂职锻炼");
		AnchorOutcome o = one(OLD, newText, on(OLD, "选派干部到对口地区挂职锻炼"));
		assertThat(o.how()).isEqualTo(Anchoring.FUZZY);
		assertThat(text(newText, o.after())).isEqualTo("选派干部到协作地区挂职锻炼");
		assertThat(o.similarity()).isGreaterThanOrEqualTo(0.8).isLessThan(1);
	}

	@Test
	void deletedPassageStaysUnanchoredWhereItWas() {
		String newText = P1 + "\n" + P3;
		Annotation a = on(OLD, "选派干部到对口地区挂职锻炼");
		AnchorOutcome o = one(OLD, newText, a);
		assertThat(o.how()).isEqualTo(Anchoring.UNANCHORED);
		assertThat(o.after().version()).isEqualTo(1);
		assertThat(o.after().start()).isEqualTo(a.start());
		assertThat(o.after().quote()).isEqualTo(a.quote());
		assertThat(o.changed()).isTrue();
	}

	@Test
	void heavilyRewrittenPassageIsNotForced() {
		String newText = OLD.replace("选派干部到对口地区挂职锻炼", "互派年轻同志开展蹲点调研");
		AnchorOutcome o = one(OLD, newText, on(OLD, "选派干部到对口地区挂职锻炼"));
		assertThat(o.how()).isEqualTo(Anchoring.UNANCHORED);
	}

	@Test
	void editedPassageIsNotMovedOntoItsTwinWhichTheComparisonPlacesElsewhere() {
		String twin = "坚持精准扶贫精准脱贫基本方略。";
		String old = P1 + twin + P2 + twin + P3;
		Annotation a = Texts.annotation("t", old, 1, P1.length(), P1.length() + twin.length());
		String newText = P1 + "坚持精准扶贫精准脱贫基本方针。" + P2 + "坚持精准扶贫精准脱贫基本要求。" + P3;
		AnchorOutcome o = one(old, newText, a);
		assertThat(o.how()).isEqualTo(Anchoring.FUZZY);
		assertThat(text(newText, o.after())).isEqualTo("坚持精准扶贫精准脱贫基本方针。");
	}

	@Test
	void editedPassageWithAnEquallyCloseTwinAndNoComparisonIsLeftUnanchored() {
		String twin = "坚持精准扶贫精准脱贫基本方略。";
		String v1 = P1 + twin + P2 + twin + P3;
		Annotation a = Texts.annotation("t", v1, 1, P1.length(), P1.length() + twin.length());
		String newText = P1 + "坚持精准扶贫精准脱贫基本方针。" + P2 + "坚持精准扶贫精准脱贫基本要求。" + P3;
		// the annotation names version 1; re-anchoring goes from version 2, so only its quote speaks
		AnchorOutcome o = Reanchorer.reanchor(new VersionText(2, OLD), new VersionText(3, newText), List.of(a))
				.outcomes().get(0);
		assertThat(o.how()).isEqualTo(Anchoring.UNANCHORED);
	}

	@Test
	void positionsCountCodePointsOutsideTheBmp() {
		String old = "𠮷𠮷甲" + P1 + "𡈽" + P2;
		String newText = "𠀀" + old.replace("人才交流", "人才𠮷交流");
		Annotation exact = on(old, "因地制宜");
		Annotation fuzzy = on(old, "加强人才交流，选派干部");
		ReanchorResult r = Reanchorer.reanchor(new VersionText(1, old), new VersionText(2, newText),
				List.of(exact, fuzzy));
		assertThat(r.outcomes().get(0).after().start()).isEqualTo(exact.start() + 1);
		assertThat(text(newText, r.outcomes().get(0).after())).isEqualTo("因地制宜");
		assertThat(r.outcomes().get(1).how()).isEqualTo(Anchoring.FUZZY);
		assertThat(text(newText, r.outcomes().get(1).after())).isEqualTo("加强人才𠮷交流，选派干部");
		assertThat(r.counts()).isEqualTo(new ReanchorCounts(1, 0, 1, 0));
	}

	@Test
	void annotationOfAnEarlierVersionIsPlacedByItsQuote() {
		String v1 = "旧版开头。" + P2;
		Annotation a = on(v1, "加强人才交流");
		String v3 = P1 + "\n" + P2;
		AnchorOutcome o = Reanchorer.reanchor(new VersionText(2, OLD), new VersionText(3, v3),
				List.of(a.withPosition(1, a.start(), a.end(), a.quote(), Anchoring.UNANCHORED))).outcomes().get(0);
		assertThat(o.how()).isEqualTo(Anchoring.QUOTE);
		assertThat(text(v3, o.after())).isEqualTo("加强人才交流");
		assertThat(o.after().version()).isEqualTo(3);
	}

	@Test
	void countsAddUpAndOnlyChangesAreWritten() {
		String newText = P1 + "\n" + P3;
		Annotation unanchoredBefore = on(OLD, "挂职锻炼").withPosition(1, 0, 0,
				new org.duizhao.annotations.core.TextQuote("不存在的段落内容", "", ""), Anchoring.UNANCHORED);
		ReanchorResult r = Reanchorer.reanchor(new VersionText(1, OLD), new VersionText(2, newText),
				List.of(on(OLD, "产业扶贫"), on(OLD, "挂职锻炼"), unanchoredBefore));
		assertThat(r.counts()).isEqualTo(new ReanchorCounts(1, 0, 0, 2));
		assertThat(r.changed()).hasSize(2);
	}
}
