package org.duizhao.corpus.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectCheck;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.jobs.CheckProjectJob;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: the workbench and another program (the command line) on one project. The workbench
 * notices the documents the other adds and never writes over them; Project &gt; Check finds and
 * repairs a damaged document.
 */
class SharedProjectWorkbenchTest {

	@TempDir
	Path temp;

	private Project project;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("shared"), "Shared"); //$NON-NLS-1$ //$NON-NLS-2$
		Path own = temp.resolve("own.txt"); //$NON-NLS-1$
		Files.writeString(own, "工作台导入的通知\n第一条。\n", StandardCharsets.UTF_8); //$NON-NLS-1$
		ImportJob job = ImportJob.start(project, List.of(own), null);
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
	}

	@AfterEach
	void tearDown() {
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	private static TreeItem item(DocumentExplorerView view) {
		return Arrays.stream(view.viewer().getTree().getItems()).filter(i -> i.getText().startsWith("Shared")) //$NON-NLS-1$
				.findFirst().orElse(null);
	}

	@Test
	void theExplorerShowsDocumentsAnotherProgramAddedAndEditsKeepThem() throws Exception {
		DocumentExplorerView view = Workbench.sync(() -> (DocumentExplorerView) PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getActivePage().showView(DocumentExplorerView.ID));
		Path input = Files.createDirectories(temp.resolve("cli-input")); //$NON-NLS-1$
		for (int i = 0; i < 3; i++) {
			Files.writeString(input.resolve("cli-" + i + ".txt"), "命令行导入的第" + i + "份通知\n正文。\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					StandardCharsets.UTF_8);
		}
		// another program: its own project object, as duizhao import has
		new Importer(Project.open(project.folder()), ImportOptions.defaults()).importFiles(List.of(input), null);
		Workbench.waitUntil(() -> project.documents().size() == 4, 30);
		Workbench.waitUntil(() -> item(view) != null && item(view).getText().contains("4"), 30); //$NON-NLS-1$
		Document own = project.documents().stream().filter(d -> d.current().sourceName().equals("own.txt")) //$NON-NLS-1$
				.findFirst().orElseThrow();
		project.updateMetadata(own.id(), own.metadata().withTitle("改过的标题")); //$NON-NLS-1$
		Project reread = Project.open(project.folder());
		assertThat(reread.documents()).hasSize(4);
		assertThat(reread.problems()).isEmpty();
	}

	@Test
	void checkFindsAMissingTextAndRepairRebuildsIt() throws Exception {
		Document own = project.documents().get(0);
		Path text = project.versionFolder(own, own.current()).resolve("text.txt"); //$NON-NLS-1$
		String before = Files.readString(text);
		Files.delete(text);
		CheckProjectJob check = CheckProjectJob.start(project, false, null);
		check.join(60_000, null);
		assertThat(check.findings()).singleElement().satisfies(f -> assertThat(f.repair()).isNull());
		CheckProjectJob repair = CheckProjectJob.start(project, true, null);
		repair.join(60_000, null);
		assertThat(repair.findings()).singleElement().extracting(ProjectCheck.Finding::repair).isNotNull();
		assertThat(Files.readString(text)).isEqualTo(before);
	}
}
