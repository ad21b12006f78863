package org.duizhao.annotations.ui.internal.handlers;

/** The ids of the annotation commands declared in plugin.xml. */
public final class CommandIds {

	/** Code the selection with the quick code picker. */
	public static final String CODE_SELECTION = "org.duizhao.annotations.ui.codeSelection"; //$NON-NLS-1$
	/** Code the selection with the code named by {@link #CODE_PARAMETER}. */
	public static final String APPLY_CODE = "org.duizhao.annotations.ui.applyCode"; //$NON-NLS-1$
	/** Code every passage the active part offers (optionally with the code named by {@link #CODE_PARAMETER}). */
	public static final String CODE_PASSAGES = "org.duizhao.annotations.ui.codePassages"; //$NON-NLS-1$
	/** The code id parameter of {@link #APPLY_CODE}. */
	public static final String CODE_PARAMETER = "org.duizhao.annotations.ui.codeId"; //$NON-NLS-1$
	/** Delete the coded passage under the caret. */
	public static final String REMOVE_CODING = "org.duizhao.annotations.ui.removeCoding"; //$NON-NLS-1$
	/** Edit the memo of the passage under the caret. */
	public static final String EDIT_MEMO = "org.duizhao.annotations.ui.editMemo"; //$NON-NLS-1$

	private CommandIds() {
	}
}
