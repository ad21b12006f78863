package org.duizhao.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * "Compare &amp; Annotate": explorer left with the codes below it, editors centre, properties right,
 * coded passages, progress and the other tables and charts below.
 */
public class ComparePerspective implements IPerspectiveFactory {

	/** The perspective id. */
	public static final String ID = "org.duizhao.app.perspective"; //$NON-NLS-1$

	/** The document explorer's view id, from org.duizhao.corpus.ui. */
	static final String EXPLORER = "org.duizhao.corpus.ui.explorer"; //$NON-NLS-1$

	/** The Codes and Annotations views, from org.duizhao.annotations.ui. */
	static final String CODES = "org.duizhao.annotations.ui.codes"; //$NON-NLS-1$
	static final String ANNOTATIONS = "org.duizhao.annotations.ui.annotations"; //$NON-NLS-1$

	private static final String PROGRESS = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

	/**
	 * Views of tables and charts that need the width: they open below the editors, beside the
	 * coded passages, rather than as a narrow tab beside the properties.
	 */
	private static final String[] BELOW = { "org.duizhao.annotations.ui.links", //$NON-NLS-1$
			"org.duizhao.annotations.ui.memos", "org.duizhao.annotations.ui.matrix", //$NON-NLS-1$ //$NON-NLS-2$
			"org.duizhao.annotations.ui.unanchored", "org.duizhao.annotations.ui.conflicts", //$NON-NLS-1$ //$NON-NLS-2$
			"org.duizhao.compare.ui.passages", "org.duizhao.analysis.ui.diffusion", //$NON-NLS-1$ //$NON-NLS-2$
			"org.duizhao.analysis.ui.reuse" }; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors); //$NON-NLS-1$
		left.addView(EXPLORER);
		IFolderLayout codes = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.55f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
		codes.addView(CODES);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors); //$NON-NLS-1$
		right.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.66f, editors); //$NON-NLS-1$
		bottom.addView(ANNOTATIONS);
		bottom.addView(PROGRESS);
		for (String id : BELOW) {
			bottom.addPlaceholder(id);
		}
		layout.addShowViewShortcut(EXPLORER);
		layout.addShowViewShortcut(CODES);
		layout.addShowViewShortcut(ANNOTATIONS);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(PROGRESS);
	}
}
