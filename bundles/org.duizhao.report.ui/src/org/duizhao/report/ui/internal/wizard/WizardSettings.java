package org.duizhao.report.ui.internal.wizard;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;

/**
 * The wizard's last choices, kept in the bundle's dialog settings so the next report starts from
 * them: the kind, the documents, base, codes and coders, the comparison settings (names that no longer exist are dropped),
 * the format per kind, the folder and whether to offer to open the result.
 */
final class WizardSettings {

	static final String KIND = "kind"; //$NON-NLS-1$
	static final String DOCUMENTS = "documents"; //$NON-NLS-1$
	static final String BASE = "base"; //$NON-NLS-1$
	static final String CODES = "codes"; //$NON-NLS-1$
	static final String CODERS = "coders"; //$NON-NLS-1$
	static final String COMPARISON = "comparison"; //$NON-NLS-1$
	static final String FOLDER = "folder"; //$NON-NLS-1$
	static final String OPEN = "open"; //$NON-NLS-1$
	static final String FORMAT = "format."; //$NON-NLS-1$

	private final IDialogSettings section;

	WizardSettings(IDialogSettings section) {
		this.section = section;
	}

	String get(String key) {
		return section.get(key);
	}

	void put(String key, String value) {
		section.put(key, value);
	}

	List<String> list(String key) {
		String[] values = section.getArray(key);
		return values == null ? List.of() : List.of(values);
	}

	void putList(String key, List<String> values) {
		section.put(key, values.toArray(String[]::new));
	}

	boolean flag(String key, boolean otherwise) {
		return section.get(key) == null ? otherwise : section.getBoolean(key);
	}

	void putFlag(String key, boolean value) {
		section.put(key, value);
	}
}
