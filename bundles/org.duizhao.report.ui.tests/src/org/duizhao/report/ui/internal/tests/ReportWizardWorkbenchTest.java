package org.duizhao.report.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.compare.core.Granularity;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.ui.internal.wizard.ContentPage;
import org.duizhao.report.ui.internal.wizard.ProjectContent;
import org.duizhao.report.ui.internal.wizard.ReportJob;
import org.duizhao.report.ui.internal.wizard.ReportWizard;
import org.duizhao.testing.ui.Workbench;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report wizard on a real workbench (real SWT under Xvfb): it writes an HTML comparison and an
 * HTML agreement report of a real project, offers only the formats that carry the chosen kind,
 * refuses a comparison of three documents without a base, takes the comparison's granularity and
 * what it ignores, and remembers the last choices.
 */
class ReportWizardWorkbenchTest {

	// written for this test
	private static final String V1 = "第一条 加强东西部协作，推进产业合作。\n第二条 人才联育是重点工作。\n"; //$NON-NLS-1$
	private static final String V2 = "第一条 加强东西部协作，深化产业合作。\n第二条 人才联育是重点工作。\n第三条 新增一条。\n"; //$NON-NLS-1$
	private static final String V3 = "第一条 加强东西部协作。\n"; //$NON-NLS-1$
	private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"; //$NON-NLS-1$

	@TempDir
	Path temp;
	Project project;
	AnnotationStore store;
	TestDialog dialog;
	ReportWizard wizard;

	/** Exposes Finish, as a click on the button does it. */
	static final class TestDialog extends WizardDialog {
		TestDialog(Shell shell, ReportWizard wizard) {
			super(shell, wizard);
		}

		void finish() {
			finishPressed();
		}
	}

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		Path in = Files.createDirectories(temp.resolve("in")); //$NON-NLS-1$
		Files.writeString(in.resolve("v1.txt"), V1, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(in.resolve("v2.txt"), V2, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(in.resolve("v3.txt"), V3, StandardCharsets.UTF_8); //$NON-NLS-1$
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("project"), "ReportUi"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project,
				List.of(in.resolve("v1.txt"), in.resolve("v2.txt"), in.resolve("v3.txt")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		store = AnnotationsUiPlugin.getDefault().stores().store(project.folder());
		Code cooperation = store.createCode(null, "协作", "#9fc5e8", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		code(document("v1"), "东西部协作", "甲", HOSTILE, cooperation); //$NON-NLS-1$ //$NON-NLS-2$
		code(document("v1"), "东西部协作", "乙", "", cooperation); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		code(document("v2"), "人才联育", "乙", "", cooperation); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private Document document(String name) {
		return project.documents().stream().filter(d -> d.current().sourceName().startsWith(name)).findFirst()
				.orElseThrow();
	}

	private void code(Document d, String part, String coder, String memo, Code code) throws Exception {
		String text = project.readText(d, d.current());
		int start = CodePoints.toCodePoint(text, text.indexOf(part));
		int end = start + CodePoints.length(part);
		store.addAnnotation(new NewAnnotation(d.id(), d.current().number(), start, end, TextQuote.of(text, start, end),
				List.of(code.id()), memo, coder));
	}

	@AfterEach
	void tearDown() throws Exception {
		if (dialog != null) {
			Workbench.run(() -> dialog.close());
		}
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	private void openWizard() throws Exception {
		ProjectContent content = ProjectContent.read(project, store);
		Workbench.run(() -> {
			wizard = new ReportWizard(content);
			dialog = new TestDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}

	private static void check(org.eclipse.swt.widgets.Table table, String... prefixes) {
		for (TableItem item : table.getItems()) {
			item.setChecked(Arrays.stream(prefixes).anyMatch(p -> item.getText().startsWith(p)));
		}
	}

	/** Goes to the output page, picks {@code format} and the file, and finishes; @return the file's text */
	private String finish(String format, Path file) throws Exception {
		Workbench.run(() -> {
			dialog.showPage(wizard.outputPage());
			var combo = wizard.outputPage().formatCombo();
			combo.select(Arrays.asList(combo.getItems()).indexOf(combo.getItems()[0]));
			for (int i = 0; i < combo.getItemCount(); i++) {
				if (combo.getItem(i).startsWith(format)) {
					combo.select(i);
				}
			}
			wizard.outputPage().update();
			wizard.outputPage().fileText().setText(file.toString());
			wizard.outputPage().openButton().setSelection(false);
			assertThat(wizard.canFinish()).as(String.valueOf(wizard.outputPage().getErrorMessage())).isTrue();
			dialog.finish();
		});
		ReportJob job = wizard.job();
		assertThat(job).isNotNull();
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		dialog = null;
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Test
	void writesAnHtmlComparisonAndRemembersTheChoices() throws Exception {
		openWizard();
		Workbench.run(() -> {
			wizard.contentPage().choose(ReportKind.COMPARISON);
			check(wizard.contentPage().documentsTable(), "v1", "v2", "v3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			wizard.contentPage().update();
			assertThat(wizard.contentPage().isPageComplete()).isFalse();
			assertThat(wizard.contentPage().getErrorMessage()).isNotBlank();
			check(wizard.contentPage().documentsTable(), "v1", "v2"); //$NON-NLS-1$ //$NON-NLS-2$
			wizard.contentPage().update();
			assertThat(wizard.contentPage().isPageComplete()).isTrue();
		});
		Workbench.sync(() -> {
			Shots.save(dialog.getShell(), "report-wizard-content.png"); //$NON-NLS-1$
			dialog.showPage(wizard.outputPage());
			Shots.save(dialog.getShell(), "report-wizard-output.png"); //$NON-NLS-1$
			return null;
		});
		Path out = temp.resolve("comparison.html"); //$NON-NLS-1$
		String html = finish("HTML", out); //$NON-NLS-1$
		assertThat(html).contains("<table class=\"sbs\">").contains("<span class=\"chg\">推进</span>") //$NON-NLS-1$ //$NON-NLS-2$
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script").doesNotContain("<img"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (var files = Files.list(temp)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part")); //$NON-NLS-1$
		}

		openWizard();
		Workbench.run(() -> {
			assertThat(wizard.contentPage().kind()).isEqualTo(ReportKind.COMPARISON);
			List<String> checked = Arrays.stream(wizard.contentPage().documentsTable().getItems())
					.filter(TableItem::getChecked).map(TableItem::getText).toList();
			assertThat(checked).containsExactlyInAnyOrder("v1", "v2"); // listed in import order, which may vary //$NON-NLS-1$ //$NON-NLS-2$
			dialog.showPage(wizard.outputPage());
			assertThat(wizard.outputPage().format()).isEqualTo("html"); //$NON-NLS-1$
			assertThat(wizard.outputPage().fileText().getText()).startsWith(temp.toString());
		});
	}

	/** Imports a traditional and a simplified copy of one sentence, written for this test. */
	private void importScripts() throws Exception {
		Path in = Files.createDirectories(temp.resolve("scripts")); //$NON-NLS-1$
		Files.writeString(in.resolve("trad.txt"), "第一條 加強東西部協作，推進產業合作。\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(in.resolve("simp.txt"), "第一条 加强东西部协作，推进产业合作。\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project, List.of(in.resolve("trad.txt"), in.resolve("simp.txt")), null); //$NON-NLS-1$ //$NON-NLS-2$
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
	}

	/** Chooses a comparison of trad and simp by {@code granularity}, ignoring script or not. */
	private void compareScripts(Granularity granularity, boolean ignoreScript) throws Exception {
		openWizard();
		Workbench.run(() -> {
			ContentPage page = wizard.contentPage();
			page.choose(ReportKind.COMPARISON);
			check(page.documentsTable(), "trad", "simp"); //$NON-NLS-1$ //$NON-NLS-2$
			page.baseCombo().select(0);
			assertThat(page.granularityCombo().isEnabled()).isTrue();
			page.granularityCombo().select(List.of(Granularity.CHAR, Granularity.WORD, Granularity.SENTENCE).indexOf(granularity));
			page.ignoreButton(NormalizeOption.SCRIPT).setSelection(ignoreScript);
			page.update();
			assertThat(page.isPageComplete()).isTrue();
			assertThat(page.comparisonSettings().granularity()).isEqualTo(granularity);
			assertThat(page.comparisonSettings().ignore().contains(NormalizeOption.SCRIPT)).isEqualTo(ignoreScript);
		});
	}

	@Test
	void comparisonSettingsChooseHowTheReportCompares() throws Exception {
		importScripts();
		openWizard();
		Workbench.run(() -> {
			ContentPage page = wizard.contentPage();
			page.choose(ReportKind.DOCUMENT);
			assertThat(page.granularityCombo().isEnabled()).isFalse();
			page.choose(ReportKind.COMPARISON);
			assertThat(page.granularityCombo().isEnabled()).isTrue();
			assertThat(page.comparisonSettings()).as("the compare editor's defaults")
					.isEqualTo(ComparisonSettings.defaults());
			dialog.close();
			dialog = null;
		});
		compareScripts(Granularity.WORD, false);
		Workbench.sync(() -> {
			Rectangle size = dialog.getShell().getBounds();
			assertThat(size.width).as("fits a 1024x768 screen").isLessThanOrEqualTo(1024);
			assertThat(size.height).as("fits a 1024x768 screen").isLessThanOrEqualTo(768);
			Shots.save(dialog.getShell(), "report-wizard-comparison.png"); //$NON-NLS-1$
			return null;
		});
		String differs = finish("HTML", temp.resolve("scripts-differ.html")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(differs).contains("word").contains("<sup class=\"dn\">1</sup>"); //$NON-NLS-1$ //$NON-NLS-2$

		compareScripts(Granularity.SENTENCE, true);
		String same = finish("HTML", temp.resolve("scripts-same.html")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(same).as("ignoring script makes the pair identical").contains("sentence").contains("script") //$NON-NLS-1$ //$NON-NLS-2$
				.contains("100.0%").doesNotContain("<sup class=\"dn\">"); //$NON-NLS-1$ //$NON-NLS-2$

		openWizard();
		Workbench.run(() -> assertThat(wizard.contentPage().comparisonSettings())
				.as("remembered").isEqualTo(new ComparisonSettings(Granularity.SENTENCE,
						java.util.EnumSet.of(NormalizeOption.SCRIPT, NormalizeOption.WHITESPACE, NormalizeOption.PINYIN,
								NormalizeOption.WIDTH))));
	}
	/** A format that carries only the agreement, since every built-in format carries every kind. */
	private static final ReportExporter AGREEMENT_ONLY = new ReportExporter() {
		@Override
		public String format() {
			return "narrow"; //$NON-NLS-1$
		}

		@Override
		public String extension() {
			return "txt"; //$NON-NLS-1$
		}

		@Override
		public Set<ReportKind> kinds() {
			return EnumSet.of(ReportKind.AGREEMENT);
		}

		@Override
		public void write(Report report, OutputStream out) {
			throw new IllegalStateException();
		}
	};

	@Test
	void writesAnHtmlAgreementReportAndOffersOnlyFormatsOfTheKind() throws Exception {
		ReportExporters.register(AGREEMENT_ONLY);
		try {
			openWizard();
			Workbench.run(() -> {
				wizard.contentPage().choose(ReportKind.DOCUMENT);
				dialog.showPage(wizard.outputPage());
				List<String> formats = Arrays.asList(wizard.outputPage().formatCombo().getItems());
				assertThat(formats).anyMatch(f -> f.startsWith("HTML")).anyMatch(f -> f.startsWith("TEI")) //$NON-NLS-1$ //$NON-NLS-2$
						.noneMatch(f -> f.startsWith("NARROW")); //$NON-NLS-1$
				dialog.showPage(wizard.contentPage());
				wizard.contentPage().choose(ReportKind.AGREEMENT);
				check(wizard.contentPage().documentsTable());
				check(wizard.contentPage().codersTable(), "甲"); //$NON-NLS-1$
				wizard.contentPage().update();
				assertThat(wizard.contentPage().isPageComplete()).isFalse();
				check(wizard.contentPage().codersTable());
				wizard.contentPage().update();
				assertThat(wizard.contentPage().isPageComplete()).isTrue();
				dialog.showPage(wizard.outputPage());
				List<String> agreementFormats = Arrays.asList(wizard.outputPage().formatCombo().getItems());
				assertThat(agreementFormats).anyMatch(f -> f.startsWith("CSV")).anyMatch(f -> f.startsWith("TEI")) //$NON-NLS-1$ //$NON-NLS-2$
						.anyMatch(f -> f.startsWith("NARROW")); //$NON-NLS-1$
			});
			Path out = temp.resolve("agreement.html"); //$NON-NLS-1$
			String html = finish("HTML", out); //$NON-NLS-1$
			assertThat(html).contains("<table class=\"agreement\">").contains("协作").contains("乙, 甲"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThat(html).doesNotContain("<script"); //$NON-NLS-1$
		} finally {
			ReportExporters.unregister(AGREEMENT_ONLY.format());
		}
	}
}
