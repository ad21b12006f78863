package org.duizhao.corpus.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.custom.StyledText;

/**
 * The {@link DocumentPane} of an editor: the editor tells it, on the UI thread, which document
 * version it shows; listeners hear of it.
 */
public final class ShownDocument implements DocumentPane {

	private final StyledText widget;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Path projectRoot;
	private String documentId;
	private int version;
	private String text;

	/**
	 * @param widget the text widget
	 * @param projectRoot the project folder
	 * @param documentId the document's id
	 */
	public ShownDocument(StyledText widget, Path projectRoot, String documentId) {
		this.widget = Objects.requireNonNull(widget);
		this.projectRoot = Objects.requireNonNull(projectRoot);
		this.documentId = Objects.requireNonNull(documentId);
	}

	/**
	 * Says which version the widget now shows, and tells the listeners (call on the UI thread, after
	 * the widget shows {@code shownText}).
	 */
	public void shown(int shownVersion, String shownText) {
		version = shownVersion;
		text = shownText;
		for (Runnable l : listeners) {
			l.run();
		}
	}

	@Override
	public StyledText textWidget() {
		return widget;
	}

	@Override
	public Path projectRoot() {
		return projectRoot;
	}

	@Override
	public String documentId() {
		return documentId;
	}

	@Override
	public int version() {
		return version;
	}

	@Override
	public String text() {
		return text;
	}

	@Override
	public void addTextListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeTextListener(Runnable listener) {
		listeners.remove(listener);
	}
}
