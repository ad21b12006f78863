package org.duizhao.annotations.ui.internal.views;

import java.util.List;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * What the Codes view's commands do to the code system: each is one store call, made after asking
 * what is needed; a refusal of the store (a sibling with that name, a conflicting change) is shown
 * to the researcher. The view refreshes itself from the store's change events.
 */
public final class CodeActions {

	private final CodesView view;

	CodeActions(CodesView view) {
		this.view = view;
	}

	private Shell shell() {
		return view.getSite().getShell();
	}

	private AnnotationStore store() throws StoreException {
		Project p = view.project();
		if (p == null) {
			throw new StoreException(Messages.View_noProject);
		}
		return AnnotationsUiPlugin.getDefault().stores().store(p.folder());
	}

	/** Asks for a name and makes a code, under the selected one when {@code sub}. */
	public Code create(boolean sub) {
		List<Code> sel = view.selectedCodes();
		String parent = sub && !sel.isEmpty() ? sel.get(0).id() : null;
		InputDialog dialog = new InputDialog(shell(), Messages.Codes_newTitle, Messages.Codes_newPrompt, "", //$NON-NLS-1$
				notBlank());
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			return store().createCode(parent, dialog.getValue().strip(), null, null, null);
		} catch (StoreException e) {
			fail(e);
			return null;
		}
	}

	/** Writes a changed code (rename, colour, shortcut, move). */
	public void write(Code changed) {
		try {
			store().updateCode(changed);
		} catch (StoreException e) {
			fail(e);
		}
	}

	/** Moves {@code code} under {@code parent} ({@code null}: top level), last among its siblings. */
	public void move(Code code, Code parent) {
		String parentId = parent == null ? null : parent.id();
		int last = view.counts().tree().children(parentId).size();
		write(code.withParent(parentId, last));
	}

	/** Asks for a colour and gives it to the selected codes. */
	public void recolour() {
		List<Code> sel = view.selectedCodes();
		if (sel.isEmpty()) {
			return;
		}
		ColorDialog dialog = new ColorDialog(shell());
		dialog.setRGB(org.duizhao.annotations.ui.internal.viewer.Highlights.rgb(sel.get(0)));
		RGB rgb = dialog.open();
		if (rgb != null) {
			String color = String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue); //$NON-NLS-1$
			sel.forEach(c -> write(c.withDetails(color, c.description(), c.shortcut())));
		}
	}

	/** Asks for a one-key shortcut (empty: none) for the selected code. */
	public void shortcut() {
		List<Code> sel = view.selectedCodes();
		if (sel.size() != 1) {
			return;
		}
		Code c = sel.get(0);
		InputDialog dialog = new InputDialog(shell(), Messages.Codes_shortcutTitle,
				NLS.bind(Messages.Codes_shortcutPrompt, c.name()), c.shortcut() == null ? "" : c.shortcut(), //$NON-NLS-1$
				v -> v.isEmpty() || v.length() == 1 && Character.isLetterOrDigit(v.charAt(0)) ? null
						: Messages.Codes_shortcutInvalid);
		if (dialog.open() == Window.OK) {
			String key = dialog.getValue().isEmpty() ? null : dialog.getValue().toLowerCase(java.util.Locale.ROOT);
			write(c.withDetails(c.color(), c.description(), key));
		}
	}

	/** Asks which code to merge the selected one into. */
	public void mergeInto() {
		List<Code> sel = view.selectedCodes();
		if (sel.size() != 1) {
			return;
		}
		Code source = sel.get(0);
		List<Code> others = allExcept(source);
		ListDialog dialog = new ListDialog(shell());
		dialog.setTitle(Messages.Codes_mergeTitle);
		dialog.setMessage(NLS.bind(Messages.Codes_mergePrompt, source.name()));
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(LabelProvider.createTextProvider(o -> view.counts().tree().path(((Code) o).id())));
		dialog.setInput(others);
		if (dialog.open() == Window.OK && dialog.getResult().length == 1) {
			merge(source, (Code) dialog.getResult()[0]);
		}
	}

	private List<Code> allExcept(Code source) {
		java.util.Set<String> below = view.counts().tree().withDescendants(java.util.Set.of(source.id()));
		List<Code> out = new java.util.ArrayList<>();
		List<Code> todo = new java.util.ArrayList<>(view.counts().tree().roots());
		while (!todo.isEmpty()) {
			Code c = todo.remove(0);
			if (!below.contains(c.id())) {
				out.add(c);
			}
			todo.addAll(0, view.counts().tree().children(c.id()));
		}
		return out;
	}

	/** Merges {@code source} into {@code target} after saying what it affects. */
	public void merge(Code source, Code target) {
		try {
			CodeUsage usage = store().usage(source.id());
			String question = NLS.bind(Messages.Codes_mergeConfirm, new Object[] { source.name(), target.name(),
					usage.annotations(), usage.documents(), usage.subCodes() });
			if (MessageDialog.openQuestion(shell(), Messages.Codes_mergeTitle, question)) {
				store().mergeCodes(source.id(), source.rowVersion(), target.id());
			}
		} catch (StoreException e) {
			fail(e);
		}
	}

	/** Deletes the selected codes; when one is in use, says how and asks first. */
	public void delete() {
		for (Code c : view.selectedCodes()) {
			try {
				CodeUsage usage = store().usage(c.id());
				if (!usage.isUnused() && !MessageDialog.openQuestion(shell(), Messages.Codes_deleteTitle,
						NLS.bind(Messages.Codes_deleteConfirm, new Object[] { c.name(), usage.annotations(),
								usage.documents(), usage.subCodes() }))) {
					continue;
				}
				store().deleteCode(c.id(), c.rowVersion());
			} catch (StoreException e) {
				fail(e);
			}
		}
	}

	private void fail(StoreException e) {
		MessageDialog.openError(shell(), Messages.Codes_errorTitle, e.getMessage());
	}

	private static IInputValidator notBlank() {
		return v -> v.isBlank() ? Messages.Codes_nameEmpty : null;
	}
}
