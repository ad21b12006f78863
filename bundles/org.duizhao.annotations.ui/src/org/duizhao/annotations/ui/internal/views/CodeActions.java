package org.duizhao.annotations.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.CodeSystemOperation;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * What the Codes view's commands do to the code system: each is one store call, made after asking
 * what is needed, as an undoable operation in the workbench's history (Edit &gt; Undo, Ctrl+Z); a
 * refusal of the store (a sibling with that name, a conflicting change) is shown to the researcher.
 * The store is called in the background ({@link StoreOperation}); each method returns at once, with
 * a future that completes on the UI thread when the store has answered. The view refreshes itself
 * from the store's change events.
 */
public final class CodeActions {

	private final CodesView view;

	CodeActions(CodesView view) {
		this.view = view;
	}

	private Shell shell() {
		return view.getSite().getShell();
	}

	/** Asks for a name and makes a code, under the selected one when {@code sub}. */
	public CompletableFuture<Code> create(boolean sub) {
		List<Code> sel = view.selectedCodes();
		String parent = sub && !sel.isEmpty() ? sel.get(0).id() : null;
		InputDialog dialog = new InputDialog(shell(), Messages.Codes_newTitle, Messages.Codes_newPrompt, "", //$NON-NLS-1$
				notBlank());
		if (dialog.open() != Window.OK) {
			return CompletableFuture.completedFuture(null);
		}
		return create(parent, dialog.getValue().strip());
	}

	/**
	 * Makes a code {@code name} under {@code parentId} ({@code null}: top level), undoably, and
	 * selects it in the view.
	 *
	 * @return completes with the new code, or {@code null} when the store refused (shown)
	 */
	public CompletableFuture<Code> create(String parentId, String name) {
		CodeSystemOperation op = operation(NLS.bind(Messages.Operation_newCode, name), Set.of(),
				s -> s.createCode(parentId, name, null, null, null));
		if (op == null) {
			return CompletableFuture.completedFuture(null);
		}
		return run(op).thenApply(status -> {
			Code made = status.isOK() ? (Code) op.result() : null;
			if (made != null) {
				view.select(made.id());
			}
			return made;
		});
	}

	/** Renames a code (the Rename command and in-place editing). */
	public CompletableFuture<IStatus> rename(Code code, String name) {
		return write(Messages.Operation_renameCode, code.withName(name));
	}

	/** Writes a changed code (rename, colour, description, shortcut, move) as one undoable step. */
	public CompletableFuture<IStatus> write(String label, Code changed) {
		return run(operation(label, Set.of(), s -> s.updateCode(changed)));
	}

	private CodeSystemOperation operation(String label, Set<String> scope, CodeSystemOperation.Edit edit) {
		Project p = view.project();
		if (p == null) {
			fail(new StoreException(Messages.View_noProject));
			return null;
		}
		return new CodeSystemOperation(label, p.folder(), scope, edit);
	}

	/** @return completes with the store's answer ({@code op} null: CANCEL); a refusal is shown */
	private CompletableFuture<IStatus> run(CodeSystemOperation op) {
		if (op == null) {
			return CompletableFuture.completedFuture(org.eclipse.core.runtime.Status.CANCEL_STATUS);
		}
		return StoreOperation.run(op, status -> {
			if (status.matches(IStatus.ERROR)) {
				Shell shell = shell();
				MessageDialog.openError(shell.isDisposed() ? null : shell, Messages.Codes_errorTitle, status.getMessage());
			}
		});
	}

	/** Moves {@code code} under {@code parent} ({@code null}: top level), last among its siblings. */
	public CompletableFuture<IStatus> move(Code code, Code parent) {
		String parentId = parent == null ? null : parent.id();
		int last = view.counts().tree().children(parentId).size();
		return write(Messages.Operation_moveCode, code.withParent(parentId, last));
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
			CodeSystemOperation op = operation(Messages.Operation_colourCode, Set.of(), s -> {
				for (Code c : sel) { // all in one step
					s.updateCode(c.withDetails(color, c.description(), c.shortcut()));
				}
				return null;
			});
			run(op);
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
			write(Messages.Operation_shortcutCode, c.withDetails(c.color(), c.description(), key));
		}
	}

	/** Asks for the selected code's description (shown as its tool tip; empty: none). */
	public void describe() {
		List<Code> sel = view.selectedCodes();
		if (sel.size() != 1) {
			return;
		}
		Code c = sel.get(0);
		InputDialog dialog = new InputDialog(shell(), Messages.Codes_describeTitle,
				NLS.bind(Messages.Codes_describePrompt, c.name()), c.description(), null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
			}
		};
		if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(c.description())) {
			describe(c, dialog.getValue().strip());
		}
	}

	/** Gives {@code code} another description, undoably. */
	public CompletableFuture<IStatus> describe(Code code, String description) {
		return write(Messages.Operation_describeCode, code.withDetails(code.color(), description, code.shortcut()));
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
		withUsage(List.of(source), usages -> {
			CodeUsage usage = usages.get(0);
			String question = NLS.bind(Messages.Codes_mergeConfirm, new Object[] { source.name(), target.name(),
					usage.annotations(), usage.documents(), usage.subCodes() });
			if (MessageDialog.openQuestion(shell(), Messages.Codes_mergeTitle, question)) {
				mergeNow(source, target);
			}
		});
	}

	/**
	 * Reads in the background what deleting or merging {@code codes} would affect (the store may be
	 * a slow server), then goes on with the usages, in the same order, on the UI thread.
	 */
	private void withUsage(List<Code> codes, Consumer<List<CodeUsage>> then) {
		Project p = view.project();
		if (p == null) {
			fail(new StoreException(Messages.View_noProject));
			return;
		}
		Display display = shell().getDisplay();
		Job job = Job.create(Messages.Codes_readingUsage, monitor -> {
			try {
				AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(p.folder());
				List<CodeUsage> usages = new ArrayList<>();
				for (Code c : codes) {
					usages.add(store.usage(c.id()));
				}
				display.asyncExec(() -> then.accept(usages));
			} catch (StoreException e) {
				display.asyncExec(() -> fail(e));
			}
		});
		job.schedule();
	}

	/** Merges without asking, undoably. */
	public CompletableFuture<IStatus> mergeNow(Code source, Code target) {
		return run(operation(NLS.bind(Messages.Operation_mergeCode, source.name(), target.name()),
				Set.of(source.id()), s -> {
					s.mergeCodes(source.id(), source.rowVersion(), target.id());
					return null;
				}));
	}

	/** Deletes the code, its sub-codes and their codings, without asking, undoably. */
	public CompletableFuture<IStatus> deleteNow(Code code) {
		return run(operation(NLS.bind(Messages.Operation_deleteCode, code.name()), Set.of(code.id()), s -> {
			s.deleteCode(code.id(), code.rowVersion());
			return null;
		}));
	}

	/** Deletes the selected codes; when one is in use, says how and asks first. */
	public void delete() {
		List<Code> sel = view.selectedCodes();
		Set<String> ids = new java.util.HashSet<>(sel.stream().map(Code::id).toList());
		List<Code> tops = sel.stream().filter(c -> !underAnother(c, ids)).toList(); // the others go with their parent
		if (tops.isEmpty()) {
			return;
		}
		withUsage(tops, usages -> {
			for (int i = 0; i < tops.size(); i++) {
				Code c = tops.get(i);
				CodeUsage usage = usages.get(i);
				if (usage.isUnused() || MessageDialog.openQuestion(shell(), Messages.Codes_deleteTitle,
						NLS.bind(Messages.Codes_deleteConfirm, new Object[] { c.name(), usage.annotations(),
								usage.documents(), usage.subCodes() }))) {
					deleteNow(c);
				}
			}
		});
	}

	private boolean underAnother(Code code, Set<String> ids) {
		String parent = code.parentId();
		for (int i = 0; parent != null && i < 1000; i++) {
			if (ids.contains(parent)) {
				return true;
			}
			parent = view.counts().tree().get(parent).map(Code::parentId).orElse(null);
		}
		return false;
	}

	private void fail(StoreException e) {
		MessageDialog.openError(shell(), Messages.Codes_errorTitle, e.getMessage());
	}

	private static IInputValidator notBlank() {
		return v -> v.isBlank() ? Messages.Codes_nameEmpty : null;
	}
}
