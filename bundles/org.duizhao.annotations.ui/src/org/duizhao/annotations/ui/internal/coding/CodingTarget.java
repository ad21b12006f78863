package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.Optional;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.text.core.CodePoints;
import org.eclipse.swt.graphics.Point;

/**
 * A passage to code: a range of one version of a document, in code points (the store's unit),
 * taken from a pane's selection in UTF-16 indices (the widget's unit).
 *
 * @param projectRoot the project folder
 * @param documentId the document
 * @param version the version shown
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param quote the passage with its context
 */
public record CodingTarget(Path projectRoot, String documentId, int version, int start, int end, TextQuote quote) {

	/** @return the passage selected in {@code pane}, if the pane shows a text and something is selected */
	public static Optional<CodingTarget> of(DocumentPane pane) {
		String text = pane.text();
		if (text == null || pane.version() <= 0) {
			return Optional.empty();
		}
		Point sel = pane.textWidget().getSelection();
		return of(pane, sel.x, sel.y);
	}

	/** @return the passage of {@code pane} between two UTF-16 indices, if it is not empty */
	public static Optional<CodingTarget> of(DocumentPane pane, int start16, int end16) {
		String text = pane.text();
		if (text == null || start16 >= end16 || end16 > text.length()) {
			return Optional.empty();
		}
		CodePoints.Index index = CodePoints.index(text);
		int start = index.toCodePoint(start16);
		int end = index.toCodePoint(end16);
		return Optional.of(new CodingTarget(pane.projectRoot(), pane.documentId(), pane.version(), start, end,
				TextQuote.of(text, start, end)));
	}
}
