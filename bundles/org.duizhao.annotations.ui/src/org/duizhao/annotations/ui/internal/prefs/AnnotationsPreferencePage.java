package org.duizhao.annotations.ui.internal.prefs;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Annotation settings: the researcher's name, recorded as the coder. */
public class AnnotationsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public AnnotationsPreferencePage() {
		super(GRID);
		setDescription(Messages.Prefs_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AnnotationsUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor coder = new StringFieldEditor(PreferenceKeys.CODER, Messages.Prefs_coder,
				getFieldEditorParent());
		coder.setEmptyStringAllowed(false);
		addField(coder);
	}
}
