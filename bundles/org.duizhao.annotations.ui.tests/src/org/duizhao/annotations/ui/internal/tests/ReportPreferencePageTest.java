package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.ui.internal.prefs.ReportPreferencePage;
import org.duizhao.report.core.PdfFontSetting;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Duizhao Report preference page writes the PDF font into the report engine's node. */
class ReportPreferencePageTest {

	@AfterEach
	void clear() throws Exception {
		InstanceScope.INSTANCE.getNode(PdfFontSetting.NODE).remove(PdfFontSetting.KEY);
	}

	@Test
	void pageIsRegisteredAndStoresTheFontWhereTheEngineReadsIt() throws Exception {
		Workbench.start();
		String font = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"; //$NON-NLS-1$
		Workbench.run(() -> {
			assertThat(PlatformUI.getWorkbench().getPreferenceManager()
					.find("org.duizhao.annotations.ui.preferences.report")).isNotNull(); //$NON-NLS-1$
			Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
			try {
				ReportPreferencePage page = new ReportPreferencePage();
				page.init(PlatformUI.getWorkbench());
				page.createControl(shell);
				List<Text> texts = new ArrayList<>();
				collect(shell, texts);
				assertThat(texts).hasSize(1);
				texts.get(0).setText(font);
				assertThat(page.performOk()).isTrue();
				page.dispose();
			} finally {
				shell.dispose();
			}
		});
		assertThat(InstanceScope.INSTANCE.getNode(PdfFontSetting.NODE).get(PdfFontSetting.KEY, null)).isEqualTo(font);
	}

	private static void collect(Control control, List<Text> texts) {
		if (control instanceof Text t) {
			texts.add(t);
		} else if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
