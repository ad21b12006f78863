package org.duizhao.compare.ui.internal.widgets;

import java.util.List;

import org.duizhao.compare.ui.internal.model.ShadeRun;
import org.duizhao.corpus.ui.internal.CjkFonts;
import org.duizhao.text.core.TextRange;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One side of the compare editor: a read-only, wrapped text viewer in a CJK font showing the
 * original text with the comparison's highlights. Offsets are UTF-16 indices of the original.
 */
public final class ComparePane {

	private final SourceViewer viewer;

	/** @param parent the parent composite */
	public ComparePane(Composite parent) {
		viewer = new SourceViewer(parent, null, SWT.V_SCROLL | SWT.BORDER);
		viewer.setEditable(false);
		viewer.setDocument(new Document());
		StyledText text = viewer.getTextWidget();
		text.setWordWrap(true);
		text.setLineSpacing(4);
		text.setLeftMargin(8);
		text.setRightMargin(8);
		text.setTopMargin(4);
		applyFont(text);
	}

	private static void applyFont(StyledText text) {
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
		int height = JFaceResources.getTextFont().getFontData()[0].getHeight() + 1;
		CjkFonts.fontData(text.getDisplay(), height)
				.ifPresent(data -> text.setFont(resources.create(FontDescriptor.createFrom(data))));
	}

	/** @return the viewer */
	public SourceViewer viewer() {
		return viewer;
	}

	/** @return the text widget */
	public StyledText text() {
		return viewer.getTextWidget();
	}

	/** @return the control to lay out */
	public Control control() {
		return viewer.getControl();
	}

	/** Shows {@code content} without highlights. */
	public void setContent(String content) {
		viewer.setDocument(new Document(content));
	}

	/** @return the text shown */
	public String content() {
		return viewer.getDocument().get();
	}

	/** Replaces the highlights with {@code runs} (sorted, non-overlapping). */
	public void setShading(List<ShadeRun> runs) {
		StyleRange[] styles = new StyleRange[runs.size()];
		for (int k = 0; k < styles.length; k++) {
			ShadeRun run = runs.get(k);
			styles[k] = new StyleRange(run.start(), run.end() - run.start(), null,
					CompareColors.background(run.shade()));
		}
		text().setStyleRanges(styles);
	}

	/**
	 * Scrolls {@code range} into the middle of the view.
	 *
	 * @param select whether to select the range too (an empty range places the caret)
	 */
	public void reveal(TextRange range, boolean select) {
		StyledText text = text();
		int length = text.getCharCount();
		int start = Math.min(range.start(), length);
		int end = Math.min(range.end(), length);
		if (select) {
			text.setSelection(start, end);
		}
		int target = text.getTopPixel() + text.getLocationAtOffset(start).y - text.getClientArea().height / 3;
		text.setTopPixel(Math.max(0, target));
	}

	/** @return the first and last offsets on screen */
	public TextRange visibleRange() {
		StyledText text = text();
		int top = offsetAtY(0);
		int bottom = offsetAtY(text.getClientArea().height);
		return new TextRange(Math.min(top, bottom), Math.max(top, bottom));
	}

	/** @return the offset shown at height {@code y} of the client area (clamped to the text) */
	public int offsetAtY(int y) {
		StyledText text = text();
		int line = text.getLineIndex(Math.max(0, y));
		int offset = text.getOffsetAtPoint(new Point(text.getLeftMargin(), y));
		return offset >= 0 ? offset : text.getOffsetAtLine(line);
	}

	/** @return the y (client area) of the top of the line holding {@code offset} */
	public int yOf(int offset) {
		return text().getLocationAtOffset(Math.min(offset, text().getCharCount())).y;
	}

	/** @return the y (client area) of the bottom of the line holding {@code offset} */
	public int bottomOf(int offset) {
		StyledText text = text();
		int at = Math.min(offset, text.getCharCount());
		return text.getLocationAtOffset(at).y + text.getLineHeight(at);
	}
}
