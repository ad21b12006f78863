package org.duizhao.annotations.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.coding.Passages;
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
		try {
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(from.projectRoot());
			List<String> types = store.linkTypes();
			LinkDialog dialog = new LinkDialog(shell, shorten(from.quote().exact()), shorten(to.quote().exact()), types);
			if (dialog.open() != Window.OK) {
				return;
			}
			create(store, from, to, dialog.type(), dialog.memo(), Coder.name(from.projectRoot()));
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.Link_title, e.getMessage());
		}
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
