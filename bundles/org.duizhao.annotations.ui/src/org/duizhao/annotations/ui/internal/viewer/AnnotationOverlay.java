package org.duizhao.annotations.ui.internal.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.TextHovers;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;

/**
 * The annotations of the document a pane shows, drawn over it in code colours, described under the
 * mouse, and kept current: it reloads when the pane shows another text and when the project's store
 * changes (here or in another process). Reading the store happens in a job, never on the UI thread.
 */
public final class AnnotationOverlay {

	private static final String KEY = AnnotationOverlay.class.getName();

	private final DocumentPane pane;
	private final MarkPainter painter;
	private final Job loader;
	private final StoreRegistry.Listener storeListener = this::storeChanged;
	private final Runnable textListener = this::reload;
	private volatile CodeTree codes = new CodeTree(List.of());
	private volatile boolean failureLogged;

	private AnnotationOverlay(DocumentPane pane) {
		this.pane = pane;
		StyledText text = pane.textWidget();
		painter = new MarkPainter(text);
		loader = Job.create(Messages.Overlay_loading, this::load);
		loader.setSystem(true);
		TextHovers.of(text).add(this::describe);
		new ShortcutKeys(this).attach(text);
		CodingMenu.attach(text);
		pane.addTextListener(textListener);
		AnnotationsUiPlugin.getDefault().stores().addListener(storeListener);
		text.addDisposeListener(e -> dispose());
		text.setData(KEY, this);
		reload();
	}

	/** Attaches an overlay to {@code pane} unless it has one; UI thread. */
	public static AnnotationOverlay attach(DocumentPane pane) {
		AnnotationOverlay existing = of(pane.textWidget());
		return existing != null ? existing : new AnnotationOverlay(pane);
	}

	/** @return the overlay on {@code text}, or {@code null} */
	public static AnnotationOverlay of(StyledText text) {
		return text.getData(KEY) instanceof AnnotationOverlay o ? o : null;
	}

	/** @return the pane */
	public DocumentPane pane() {
		return pane;
	}

	/** @return the marks drawn now (UTF-16 indices), for tests and hovers */
	public List<Mark> marks() {
		return painter.marks();
	}

	/** @return the code system as last read */
	public CodeTree codes() {
		return codes;
	}

	/** Reads the annotations again (soon, in a job). */
	public void reload() {
		loader.schedule(30);
	}

	private void storeChanged(Path root, StoreChange change) {
		if (!root.equals(StoreRegistry.key(pane.projectRoot()))) {
			return;
		}
		if (change.kind() == StoreChange.Kind.ANNOTATIONS && !change.documentIds().isEmpty()
				&& !change.documentIds().contains(pane.documentId())) {
			return;
		}
		reload();
	}

	private IStatus load(IProgressMonitor monitor) {
		Display display = pane.textWidget().isDisposed() ? null : pane.textWidget().getDisplay();
		if (display == null) {
			return Status.CANCEL_STATUS;
		}
		String[] shown = new String[1];
		int[] version = new int[1];
		display.syncExec(() -> {
			shown[0] = pane.text();
			version[0] = pane.version();
		});
		if (shown[0] == null) {
			return Status.OK_STATUS;
		}
		try {
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(pane.projectRoot());
			CodeTree tree = new CodeTree(store.codes());
			List<Annotation> all = store.annotations(AnnotationQuery.document(pane.documentId())).stream()
					.filter(a -> a.version() == version[0]).toList();
			List<Mark> marks = Highlights.of(all, tree, shown[0]);
			codes = tree;
			display.asyncExec(() -> {
				if (!pane.textWidget().isDisposed() && shown[0].equals(pane.text())) {
					painter.setMarks(marks);
				}
			});
			return Status.OK_STATUS;
		} catch (StoreException e) {
			if (!failureLogged) {
				failureLogged = true;
				AnnotationsUiPlugin.log(NLS.bind(Messages.Overlay_failed, e.getMessage()), e);
			}
			return Status.OK_STATUS;
		}
	}

	/** @return the annotations drawn over the UTF-16 index {@code offset}, first drawn first */
	public List<Annotation> annotationsAt(int offset) {
		return marks().stream().filter(m -> m.contains(offset)).map(Mark::annotation).distinct().toList();
	}

	private String describe(int offset) {
		return HoverText.describe(annotationsAt(offset), codes);
	}

	/** @return the annotation under the caret or the selection's start, if any */
	public Optional<Annotation> annotationAtCaret() {
		StyledText text = pane.textWidget();
		int at = text.getSelectionCount() > 0 ? text.getSelection().x : text.getCaretOffset();
		List<Annotation> here = annotationsAt(at);
		return here.isEmpty() ? Optional.empty() : Optional.of(here.get(here.size() - 1));
	}

	private void dispose() {
		AnnotationsUiPlugin plugin = AnnotationsUiPlugin.getDefault();
		if (plugin != null) {
			plugin.stores().removeListener(storeListener);
		}
		pane.removeTextListener(textListener);
		loader.cancel();
	}
}
