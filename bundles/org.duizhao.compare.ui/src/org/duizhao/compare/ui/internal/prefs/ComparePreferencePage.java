package org.duizhao.compare.ui.internal.prefs;

import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Duizhao Compare: whether a comparison opens maximized. */
public class ComparePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public ComparePreferencePage() {
		super(GRID);
		setDescription(Messages.Prefs_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(ComparePreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(ComparePreferences.OPEN_MODE, Messages.Prefs_onOpen, 1,
				new String[][] { { Messages.Prefs_maximize, ComparePreferences.MAXIMIZE },
						{ Messages.Prefs_keep, ComparePreferences.KEEP } },
				getFieldEditorParent(), true));
	}
}
