package org.duizhao.annotations.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.CodeAllOperation;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.corpus.ui.CodablePassages;
import org.duizhao.text.core.CodePoints;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Codes every passage the active part offers ({@link CodablePassages}: the occurrences of the
 * shared formulas selected in the compare editor) with one code, chosen in the code picker or
 * named by the command's code parameter, as one undoable operation.
 */
public class CodePassagesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		CodablePassages offered = part == null ? null : Adapters.adapt(part, CodablePassages.class);
		List<CodablePassages.Passage> passages = offered == null ? List.of() : offered.passages();
		if (passages.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.CodeAll_title, Messages.CodeAll_nothing);
			return null;
		}
		Path root = passages.get(0).pane().projectRoot();
		Optional<Code> code = code(shell, root, event.getParameter(CommandIds.CODE_PARAMETER));
		if (code.isPresent()) {
			StoreOperation.run(new CodeAllOperation(root, targets(passages), code.get().id(), code.get().name(),
					Coder.name()), status -> {
						if (status.getSeverity() == IStatus.ERROR) {
							ErrorDialog.openError(shell.isDisposed() ? null : shell, Messages.CodeAll_title, null, status);
						}
					});
		}
		return null;
	}

	private static Optional<Code> code(Shell shell, Path root, String id) {
		if (id != null) {
			try {
				return AnnotationsUiPlugin.getDefault().stores().store(root).codes().stream()
						.filter(c -> c.id().equals(id)).findFirst();
			} catch (StoreException e) {
				ErrorDialog.openError(shell, Messages.CodeAll_title, null, AnnotationsUiPlugin.error(e.getMessage(), e));
				return Optional.empty();
			}
		}
		CodePicker picker = new CodePicker(shell, root);
		return picker.open() == Window.OK ? Optional.ofNullable(picker.chosen()) : Optional.empty();
	}

	/** Converts the offered passages (code points) to coding targets, as a pane's selection would be. */
	private static List<CodingTarget> targets(List<CodablePassages.Passage> passages) {
		List<CodingTarget> out = new ArrayList<>();
		for (CodablePassages.Passage p : passages) {
			String text = p.pane().text();
			if (text != null && p.end() <= CodePoints.length(text)) {
				CodingTarget.of(p.pane(), CodePoints.toUtf16(text, p.start()), CodePoints.toUtf16(text, p.end()))
						.ifPresent(out::add);
			}
		}
		return out;
	}
}
