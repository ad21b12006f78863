package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.model.CompareRunner;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.compare.ui.internal.widgets.CompareColors;
import org.duizhao.compare.ui.internal.widgets.CompareWidget;
import org.duizhao.text.core.TextRange;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compare widget in a plain shell on two sample documents (a provincial decision and a county
 * notice in GBK): highlights at every hunk's original offsets on both sides, and next/previous
 * change in order with wrapping.
 */
class CompareWidgetTest {

	private static final Set<Color> STRONG = Set.of(CompareColors.background(Shade.INSERT),
			CompareColors.background(Shade.DELETE), CompareColors.background(Shade.CHANGE),
			CompareColors.background(Shade.MOVE));

	private Display display;
	private Shell shell;
	private CompareWidget widget;
	private CompareResult result;

	@BeforeEach
	void open() throws Exception {
		String a = Samples.text("01-province-decision.txt");
		String b = Samples.text("08-county-notice-gbk.txt");
		result = CompareRunner.standard().compare(a, b, CompareSettings.defaults(), null);
		Workbench.start();
		Workbench.run(() -> {
			display = Display.getCurrent();
			shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1200, 800);
			widget = new CompareWidget(shell);
			widget.setResult(result);
			shell.open();
			flush();
		});
	}

	@AfterEach
	void close() throws Exception {
		Workbench.run(() -> {
			shell.dispose();
			flush();
		});
	}

	private void flush() {
		while (display.readAndDispatch()) {
			// run pending events
		}
	}

	@Test
	void showsTheOriginalTexts() throws Exception {
		Workbench.run(() -> {
			assertThat(text(Side.A).getText()).isEqualTo(result.a().text().original());
			assertThat(text(Side.B).getText()).isEqualTo(result.b().text().original());
			assertThat(result.hunks()).isNotEmpty();
		});
	}

	@Test
	void highlightsEveryHunkAtItsOriginalOffsetsOnBothSides() throws Exception {
		Workbench.run(() -> {
			for (Hunk h : result.hunks()) {
				assertStrong(Side.A, h.a(), h);
				assertStrong(Side.B, h.b(), h);
			}
		});
	}

	private void assertStrong(Side side, TextRange range, Hunk h) {
		if (range.isEmpty()) {
			return;
		}
		for (int offset : new int[] { range.start(), range.end() - 1 }) {
			StyleRange style = text(side).getStyleRangeAtOffset(offset);
			assertThat(style).as("%s %s at %d", h.type(), side, offset).isNotNull();
			assertThat(STRONG).as("%s %s at %d", h.type(), side, offset).contains(style.background);
		}
	}

	@Test
	void shadesChangedSentencesLightly() throws Exception {
		Workbench.run(() -> {
			Set<Color> light = Set.of(CompareColors.background(Shade.SENTENCE_CHANGED),
					CompareColors.background(Shade.SENTENCE_DELETED), CompareColors.background(Shade.SENTENCE_INSERTED),
					CompareColors.background(Shade.SENTENCE_MOVED));
			boolean found = false;
			for (StyleRange s : text(Side.A).getStyleRanges()) {
				found |= light.contains(s.background);
			}
			assertThat(found).isTrue();
		});
	}

	@Test
	void nextChangeSelectsEachHunkInOrderThenWraps() throws Exception {
		Workbench.run(() -> {
			int n = result.hunks().size();
			for (int k = 0; k < n; k++) {
				assertThat(widget.next()).isEqualTo(k);
				flush();
				Hunk h = result.hunks().get(k);
				assertThat(text(Side.A).getSelection()).as("A of hunk %d", k).isEqualTo(new Point(h.a().start(), h.a().end()));
				assertThat(text(Side.B).getSelection()).as("B of hunk %d", k).isEqualTo(new Point(h.b().start(), h.b().end()));
				assertVisible(Side.A, h.a().start());
				assertVisible(Side.B, h.b().start());
			}
			assertThat(widget.next()).isZero();
			assertThat(widget.previous()).isEqualTo(n - 1);
			assertThat(widget.previous()).isEqualTo(n - 2 < 0 ? n - 1 : n - 2);
		});
	}

	private void assertVisible(Side side, int offset) {
		StyledText text = text(side);
		int y = text.getLocationAtOffset(Math.min(offset, text.getCharCount())).y;
		assertThat(y).as("%s offset %d on screen", side, offset).isBetween(0, text.getClientArea().height);
	}

	@Test
	void glossesCanBeHiddenInBothPanes() throws Exception {
		Workbench.run(() -> {
			String a = "攻堅(jiān)克難，堅持到底。"; //$NON-NLS-1$
			String b = "攻坚克难，坚持到底。"; //$NON-NLS-1$
			widget.setResult(CompareRunner.standard().compare(a, b, CompareSettings.defaults(), null));
			widget.setHideGlosses(true);
			flush();
			assertThat(text(Side.A).getText()).isEqualTo(a);
			assertThat(text(Side.A).getStyleRangeAtOffset(a.indexOf('j')).metrics.width).isZero();
			assertThat(widget.result().hunks()).as("script and glosses ignored by default").isEmpty();
			widget.setHideGlosses(false);
			StyleRange shown = text(Side.A).getStyleRangeAtOffset(a.indexOf('j'));
			assertThat(shown == null || shown.metrics == null).isTrue();
		});
	}

	@Test
	void previousFromTheStartGoesToTheLastChange() throws Exception {
		Workbench.run(() -> {
			assertThat(widget.previous()).isEqualTo(result.hunks().size() - 1);
		});
	}

	private StyledText text(Side side) {
		return widget.pane(side).text();
	}

	/**
	 * The decision's lines are much longer than the notice's; the panes still share the width (the
	 * grid once started from each text's longest line and left pane B a few pixels wide).
	 */
	@Test
	void bothPanesShareTheWidthWhateverTheirLines() throws Exception {
		for (int width : new int[] { 1024, 1400 }) {
			Workbench.run(() -> {
				shell.setSize(width, 700);
				shell.layout(true, true);
				flush();
				int a = widget.pane(Side.A).control().getSize().x;
				int b = widget.pane(Side.B).control().getSize().x;
				assertThat(Math.min(a, b)).as("panes %d and %d wide in a %d-pixel shell", a, b, width)
						.isGreaterThan((a + b) * 2 / 5);
			});
		}
	}
}
