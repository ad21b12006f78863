package org.duizhao.corpus.ui.internal.prefs;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Import settings: the size limit above which files are skipped. */
public class ImportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public ImportPreferencePage() {
		super(GRID);
		setDescription(Messages.Prefs_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(CorpusUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor limit = new IntegerFieldEditor(PreferenceKeys.SIZE_LIMIT_MB, Messages.Prefs_sizeLimit,
				getFieldEditorParent());
		limit.setValidRange(1, 4096);
		addField(limit);
	}
}
