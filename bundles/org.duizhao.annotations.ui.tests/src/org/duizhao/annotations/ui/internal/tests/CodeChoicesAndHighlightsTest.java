package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.ui.internal.handlers.CodeChoices;
import org.duizhao.annotations.ui.internal.viewer.Highlights;
import org.duizhao.annotations.ui.internal.viewer.Mark;
import org.junit.jupiter.api.Test;

/** The picker's matching and the highlight model, without a workbench. */
class CodeChoicesAndHighlightsTest {

	private static final Code POLICY = new Code("p", null, "扶贫", "#ffd966", null, null, 0, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Code INDUSTRY = new Code("i", "p", "产业扶贫", "#9fc5e8", null, "1", 0, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Code ECO = new Code("e", null, "生态", "#b6d7a8", null, null, 1, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final CodeTree TREE = new CodeTree(List.of(ECO, INDUSTRY, POLICY));

	@Test
	void pickerFindsByShortcutThenNameThenPath() {
		CodeChoices choices = new CodeChoices(TREE);
		assertThat(choices.matching("")).containsExactly(POLICY, INDUSTRY, ECO); //$NON-NLS-1$
		assertThat(choices.matching("1")).containsExactly(INDUSTRY); //$NON-NLS-1$
		assertThat(choices.matching("扶贫")).containsExactly(POLICY, INDUSTRY); //$NON-NLS-1$
		assertThat(choices.matching("产业")).containsExactly(INDUSTRY); //$NON-NLS-1$
		assertThat(choices.exists("扶贫/产业扶贫")).isTrue(); //$NON-NLS-1$
		assertThat(choices.placement("扶贫/教育")).containsExactly("p", "教育"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(choices.placement("新/教育")).containsExactly(null, "新/教育"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void highlightsAreInUtf16AndOverlapsGetLayers() {
		String text = "𠮷一二三四五六七八九"; //$NON-NLS-1$
		List<Annotation> list = List.of(annotation("a", 1, 5, List.of("i", "e")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				annotation("b", 3, 8, List.of("p")), annotation("c", 6, 9, List.of()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				annotation("d", 0, 2, List.of("gone"))); //$NON-NLS-1$ //$NON-NLS-2$
		List<Mark> marks = Highlights.of(list, TREE, text);
		assertThat(marks).extracting(m -> m.start() + "-" + m.end() + "@" + m.layer()) //$NON-NLS-1$ //$NON-NLS-2$
				.containsExactly("2-6@0", "2-6@1", "4-9@2", "7-10@0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(marks.get(3).color()).isEqualTo(new org.eclipse.swt.graphics.RGB(200, 200, 200));
	}

	private static Annotation annotation(String id, int start, int end, List<String> codes) {
		return new Annotation(id, "doc", 1, start, end, new TextQuote("x", null, null), codes, null, "t", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Instant.now(), null, Anchoring.ORIGINAL, 1);
	}
}
