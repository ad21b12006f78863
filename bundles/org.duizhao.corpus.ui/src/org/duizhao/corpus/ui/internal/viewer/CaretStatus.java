package org.duizhao.corpus.ui.internal.viewer;

import java.util.List;

import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.TextRange;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;

/**
 * Tells in the status line where the caret is: code point offset (the unit every export and
 * annotation uses), line and paragraph.
 */
final class CaretStatus {

	private final StyledText text;
	private final IStatusLineManager statusLine;
	private CodePoints.Index index;
	private List<TextRange> paragraphs = List.of();

	CaretStatus(StyledText text, IStatusLineManager statusLine) {
		this.text = text;
		this.statusLine = statusLine;
		text.addCaretListener(e -> update(e.caretOffset));
		text.addListener(org.eclipse.swt.SWT.FocusIn, e -> update(text.getCaretOffset()));
	}

	void setText(String content, Structure structure) {
		index = CodePoints.index(content);
		paragraphs = structure == null ? List.of() : structure.paragraphs();
		update(text.getCaretOffset());
	}

	/** @return the message for a caret at UTF-16 offset {@code caret} */
	String message(int caret) {
		int line = text.getLineAtOffset(caret) + 1;
		return NLS.bind(Messages.Viewer_caret, new Object[] { index.toCodePoint(caret), index.codePointLength(), line,
				paragraphAt(caret) });
	}

	private int paragraphAt(int caret) {
		int low = 0;
		int high = paragraphs.size() - 1;
		int found = 0;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (paragraphs.get(mid).start() <= caret) {
				found = mid + 1;
				low = mid + 1;
			} else {
				high = mid - 1;
			}
		}
		return found;
	}

	private void update(int caret) {
		if (index == null || text.isDisposed()) {
			return;
		}
		statusLine.setMessage(message(caret));
	}
}
