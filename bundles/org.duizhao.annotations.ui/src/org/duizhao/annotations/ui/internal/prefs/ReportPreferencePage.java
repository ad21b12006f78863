package org.duizhao.annotations.ui.internal.prefs;

import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.report.core.PdfFontSetting;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Report settings: the font file of PDF reports. The value lives in the report engine's own
 * preference node ({@link PdfFontSetting#NODE}), which the engine reads at each PDF export; the
 * page sits here until the report wizard's bundle has a place for report preferences.
 */
public class ReportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public ReportPreferencePage() {
		super(GRID);
		setDescription(Messages.Prefs_reportDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PdfFontSetting.NODE));
	}

	@Override
	protected void createFieldEditors() {
		FileFieldEditor font = new FileFieldEditor(PdfFontSetting.KEY, Messages.Prefs_pdfFont, true,
				getFieldEditorParent());
		font.setFileExtensions(new String[] { "*.ttf;*.ttc;*.TTF;*.TTC", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		font.setEmptyStringAllowed(true);
		addField(font);
	}
}
