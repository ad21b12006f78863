package org.duizhao.annotations.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.coding.Passages;
import org.duizhao.annotations.ui.internal.coding.StoreCall;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.DocumentPanes;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Links the passages selected in the two panes of the compare editor with a typed link; a type
 * typed in that the project does not have yet joins its list.
 */
public class LinkPassagesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		DocumentPanes panes = editor == null ? null : editor.getAdapter(DocumentPanes.class);
		List<CodingTarget> ends = new ArrayList<>();
		if (panes != null && panes.panes().size() == 2) {
			for (DocumentPane p : panes.panes()) {
				CodingTarget.of(p).ifPresent(ends::add);
			}
		}
		if (ends.size() != 2) {
			MessageDialog.openInformation(shell, Messages.Link_title, Messages.Link_selectBoth);
			return null;
		}
		link(shell, ends.get(0), ends.get(1));
		return null;
	}

	private static void link(Shell shell, CodingTarget from, CodingTarget to) {
		List<String> types;
		try { // a short read for the dialog's list, as the code picker does
			types = AnnotationsUiPlugin.getDefault().stores().store(from.projectRoot()).linkTypes();
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.Link_title, e.getMessage());
			return;
		}
		LinkDialog dialog = new LinkDialog(shell, shorten(from.quote().exact()), shorten(to.quote().exact()), types);
		if (dialog.open() == Window.OK) {
			link(shell, from, to, dialog.type(), dialog.memo());
		}
	}

	/**
	 * Links two passages in the project's store queue ({@link #create}); a failure is shown when the
	 * store answers.
	 *
	 * @return completes with the link as stored (tests wait on it)
	 */
	public static CompletableFuture<Link> link(Shell shell, CodingTarget from, CodingTarget to, String type,
			String memo) {
		String coder = Coder.name(from.projectRoot());
		return StoreCall.run(from.projectRoot(), Messages.Link_title, store -> create(store, from, to, type, memo, coder),
				null, e -> MessageDialog.openError(StoreCall.shell(shell), Messages.Link_title, e.getMessage()));
	}

	/**
	 * Links two passages in one transaction: finds or makes their annotations, adds a new type to
	 * the project's list.
	 */
	public static Link create(AnnotationStore store, CodingTarget from, CodingTarget to, String type, String memo,
			String coder) throws StoreException {
		return store.inTransaction(s -> {
			List<String> types = s.linkTypes();
			if (!types.contains(type)) {
				List<String> more = new ArrayList<>(types);
				more.add(type);
				s.setLinkTypes(more);
			}
			Annotation a = Passages.findOrMake(s, from, coder);
			Annotation b = Passages.findOrMake(s, to, coder);
			return s.createLink(a.id(), b.id(), type, memo, coder);
		});
	}

	static String shorten(String s) {
		String one = s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return one.length() > 60 ? one.substring(0, 59) + '\u2026' : one;
	}
}
