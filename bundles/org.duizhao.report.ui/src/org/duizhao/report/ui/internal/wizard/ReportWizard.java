package org.duizhao.report.ui.internal.wizard;

import org.duizhao.report.core.ReportKind;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.report.ui.internal.ReportUiPlugin;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;

/**
 * The report wizard: the kind and the content on the first page, the format and the file on the
 * second. Finishing remembers the choices (dialog settings) and starts a {@link ReportJob}.
 */
public final class ReportWizard extends Wizard {

	private static final String SECTION = "ReportWizard"; //$NON-NLS-1$

	private final ProjectContent content;
	private final WizardSettings settings;
	private ContentPage contentPage;
	private OutputPage outputPage;
	private ReportJob job;

	/** @param content what the project offers */
	public ReportWizard(ProjectContent content) {
		this.content = content;
		this.settings = new WizardSettings(section());
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(false);
	}

	private static IDialogSettings section() {
		ReportUiPlugin plugin = ReportUiPlugin.getDefault();
		IDialogSettings root = plugin == null ? new DialogSettings("root") : plugin.getDialogSettings(); //$NON-NLS-1$
		IDialogSettings section = root.getSection(SECTION);
		return section != null ? section : root.addNewSection(SECTION);
	}

	@Override
	public void addPages() {
		contentPage = new ContentPage(content, settings);
		outputPage = new OutputPage(content.project(), settings, this::kind);
		addPage(contentPage);
		addPage(outputPage);
	}

	/** @return the kind chosen on the first page */
	ReportKind kind() {
		return contentPage.kind();
	}

	@Override
	public boolean canFinish() {
		return contentPage.isPageComplete() && outputPage.isPageComplete() && outputPage.format() != null;
	}

	@Override
	public boolean performFinish() {
		ReportRequest request = new ReportRequest(content.project(), contentPage.kind(), contentPage.selection(),
				outputPage.format(), outputPage.output(), contentPage.comparisonSettings());
		contentPage.save();
		outputPage.save();
		Shell owner = getShell().getParent() instanceof Shell parent ? parent : null;
		job = ReportJob.start(request, outputPage.openWhenDone() ? owner : null);
		return true;
	}

	/** @return the job the wizard started, or {@code null} before it finished */
	public ReportJob job() {
		return job;
	}

	/** @return the first page, for tests */
	public ContentPage contentPage() {
		return contentPage;
	}

	/** @return the second page, for tests */
	public OutputPage outputPage() {
		return outputPage;
	}
}
