package org.duizhao.corpus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.testing.ui.Workbench;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.Marks;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Hidden glosses take no room but stay in the text, and keep the styles under them. */
class HiddenTextTest {

	@Test
	void glossesAreHiddenWithoutChangingTheTextOrItsStyles() throws Exception {
		Workbench.start();
		Workbench.run(() -> {
			Shell shell = new Shell(Display.getCurrent());
			try {
				shell.setLayout(new FillLayout());
				StyledText text = new StyledText(shell, SWT.NONE);
				String content = "攻堅(jiān)克難，堅持到底。"; //$NON-NLS-1$
				text.setText(content);
				StyleRange highlight = new StyleRange(0, 4, null, Display.getCurrent().getSystemColor(SWT.COLOR_YELLOW));
				text.setStyleRange(highlight);
				List<TextRange> glosses = Marks.glosses(content);
				assertThat(glosses).containsExactly(new TextRange(2, 8));
				shell.open();
				int widthBefore = text.getLocationAtOffset(content.indexOf('克')).x;

				HiddenText.hide(text, glosses);

				assertThat(text.getText()).isEqualTo(content);
				StyleRange inside = text.getStyleRangeAtOffset(3);
				assertThat(inside.metrics.width).isZero();
				assertThat(inside.background).isEqualTo(highlight.background);
				assertThat(text.getStyleRangeAtOffset(6).metrics.width).isZero();
				assertThat(text.getStyleRangeAtOffset(1).metrics).isNull();
				assertThat(text.getStyleRangeAtOffset(1).background).isEqualTo(highlight.background);
				assertThat(text.getStyleRangeAtOffset(8)).isNull();
				assertThat(text.getLocationAtOffset(content.indexOf('克')).x).isLessThan(widthBefore);
			} finally {
				shell.dispose();
			}
		});
	}
}
