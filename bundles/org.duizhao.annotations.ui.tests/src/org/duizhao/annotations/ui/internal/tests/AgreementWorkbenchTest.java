package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.analysis.AgreementDialog;
import org.duizhao.annotations.ui.internal.analysis.AgreementInput;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inter-coder agreement dialog on a real workbench: two coders who coded one passage alike and
 * disagree on another; the table shows per code the units, the agreement, kappa and alpha, and
 * saves as CSV; with one coder checked it asks for two.
 */
class AgreementWorkbenchTest extends WithAnnotatedProject {

	private Code industry;
	private Code ecology;
	private AgreementDialog dialog;

	@BeforeEach
	void setUp() throws Exception {
		industry = store.createCode(null, "产业", null, null, null); //$NON-NLS-1$
		ecology = store.createCode(null, "生态", null, null, null); //$NON-NLS-1$
		annotate("产业扶贫", industry, "alice"); //$NON-NLS-1$ //$NON-NLS-2$
		annotate("产业扶贫", industry, "bob"); //$NON-NLS-1$ //$NON-NLS-2$
		annotate("生态保护", ecology, "alice"); //$NON-NLS-1$ //$NON-NLS-2$
		AgreementInput input = AgreementInput.read(fixture.project, store);
		dialog = Workbench.sync(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			AgreementDialog d = new AgreementDialog(shell, input);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
	}

	private void annotate(String passage, Code code, String coder) throws Exception {
		annotate(passage, List.of(code.id()), coder);
	}

	@AfterEach
	void closeDialog() throws Exception {
		Workbench.run(dialog::close);
	}

	@Test
	void theTableShowsAgreementPerCodeAndSavesAsCsv() throws Exception {
		Job job = Workbench.sync(dialog::compute);
		job.join(30_000, null);
		Workbench.waitUntil(() -> dialog.table() != null, 10);
		long units = AnnotatedProject.TEXT.codePointCount(0, AnnotatedProject.TEXT.length());
		Workbench.run(() -> {
			TableItem[] items = dialog.results().getTable().getItems();
			assertThat(items).hasSize(2);
			assertThat(items[0].getText(0)).isEqualTo("产业"); //$NON-NLS-1$
			assertThat(items[0].getText(1)).isEqualTo(Long.toString(units));
			assertThat(items[0].getText(2)).isEqualTo("100.0%"); //$NON-NLS-1$
			assertThat(items[0].getText(3)).isEqualTo("1.000"); //$NON-NLS-1$
			assertThat(items[0].getText(4)).isEqualTo("1.000"); //$NON-NLS-1$
			assertThat(items[1].getText(0)).isEqualTo("生态"); //$NON-NLS-1$
			// bob never used 生态: the four characters alice coded are the disagreement
			double expected = 100.0 * (units - 4) / units;
			assertThat(items[1].getText(2)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", expected)); //$NON-NLS-1$
		});
		Path csv = temp.resolve("agreement.csv"); //$NON-NLS-1$
		dialog.exportCsv(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("产业," + units + ",1.0000"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void withOneCoderCheckedNothingIsComputed() throws Exception {
		Workbench.run(() -> {
			dialog.coders().setChecked("bob", false); //$NON-NLS-1$
			assertThat(dialog.compute()).isNull();
			assertThat(dialog.results().getTable().getItemCount()).isZero();
		});
	}
}
