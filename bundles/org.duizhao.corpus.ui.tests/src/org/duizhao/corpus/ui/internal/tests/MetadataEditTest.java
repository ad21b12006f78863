package org.duizhao.corpus.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.testing.TestData;
import org.duizhao.testing.ui.Workbench;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing metadata in the Properties view saves it in the project, and Undo and Redo work. */
class MetadataEditTest {

	@TempDir
	Path temp;

	private Project project;

	@AfterEach
	void tearDown() {
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	@Test
	void titleEditIsSavedAndUndoable() throws Exception {
		Workbench.start();
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("p"), "Edit"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project, List.of(TestData.samplesDir().resolve("01-province-decision.txt")), null); //$NON-NLS-1$
		job.join(60_000, null);
		Document doc = project.documents().get(0);
		String before = doc.metadata().title();
		IPropertySource source = Adapters.adapt(new DocumentNode(project, doc), IPropertySource.class);
		assertThat(source).isNotNull();
		Object titleId = source.getPropertyDescriptors()[0].getId();

		Workbench.run(() -> source.setPropertyValue(titleId, "新标题 A")); //$NON-NLS-1$
		assertThat(project.document(doc.id()).orElseThrow().metadata().title()).isEqualTo("新标题 A"); //$NON-NLS-1$
		assertThat(Project.open(project.folder()).document(doc.id()).orElseThrow().metadata().title())
				.as("saved on disk").isEqualTo("新标题 A"); //$NON-NLS-1$ //$NON-NLS-2$

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		Workbench.run(() -> {
			try {
				history.undo(context, null, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertThat(project.document(doc.id()).orElseThrow().metadata().title()).isEqualTo(before);
		Workbench.run(() -> {
			try {
				history.redo(context, null, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertThat(project.document(doc.id()).orElseThrow().metadata().title()).isEqualTo("新标题 A"); //$NON-NLS-1$
	}
}
