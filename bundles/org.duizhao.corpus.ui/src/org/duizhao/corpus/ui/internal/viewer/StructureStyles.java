package org.duizhao.corpus.ui.internal.viewer;

import org.duizhao.corpus.core.Structure;
import org.duizhao.text.core.TextRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/** Shows the document's structure without changing its text: headings bold and larger. */
final class StructureStyles {

	private StructureStyles() {
	}

	static void apply(StyledText text, String content, Structure structure) {
		for (Structure.Heading heading : structure.headings()) {
			TextRange r = heading.range();
			if (r.end() > content.length()) {
				continue;
			}
			StyleRange style = new StyleRange();
			style.start = r.start();
			style.length = r.length();
			style.fontStyle = SWT.BOLD;
			text.setStyleRange(style);
		}
	}
}
