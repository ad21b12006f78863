package org.duizhao.corpus.ui;

import java.nio.file.Path;

import org.eclipse.swt.custom.StyledText;

/**
 * A pane that shows the text of one version of one document, exactly as stored: the document
 * viewer, and each side of the compare editor. Other capabilities (annotations) find panes through
 * {@link DocumentPanes} and draw on them or act on their selection; the pane knows nothing of them.
 * Offsets into {@link #textWidget()} are UTF-16 indices of {@link #text()}.
 */
public interface DocumentPane {

	/** @return the text widget, not {@code null} */
	StyledText textWidget();

	/** @return the project folder, not {@code null} */
	Path projectRoot();

	/** @return the document's id, not {@code null} */
	String documentId();

	/** @return the number of the version shown, or {@code 0} while nothing is shown yet */
	int version();

	/** @return the text shown, or {@code null} while it is loading */
	String text();

	/**
	 * @param listener runs on the UI thread every time the pane shows a text (again), e.g. after
	 *            loading or after another version was decoded
	 */
	void addTextListener(Runnable listener);

	/** @param listener no longer runs */
	void removeTextListener(Runnable listener);
}
