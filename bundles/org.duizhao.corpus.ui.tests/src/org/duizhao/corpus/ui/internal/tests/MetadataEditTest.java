package org.duizhao.corpus.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectLock;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.handlers.UndoRedoHandler;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.testing.TestData;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing metadata in the Properties view saves it in the project in a background job, Undo and
 * Redo work, and while another writer holds the project's lock the UI thread goes on and the save
 * follows when the lock is released.
 */
class MetadataEditTest {

	@TempDir
	Path temp;

	private Project project;
	private Document doc;
	private IPropertySource source;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("p"), "Edit"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project, List.of(TestData.samplesDir().resolve("01-province-decision.txt")), null); //$NON-NLS-1$
		job.join(60_000, null);
		doc = project.documents().get(0);
		source = Adapters.adapt(new DocumentNode(project, doc), IPropertySource.class);
		assertThat(source).isNotNull();
	}

	@AfterEach
	void tearDown() {
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	private Object field(int i) {
		return source.getPropertyDescriptors()[i].getId();
	}

	private String title() {
		return project.document(doc.id()).orElseThrow().metadata().title();
	}

	@Test
	void titleEditIsSavedAndUndoable() throws Exception {
		String before = doc.metadata().title();
		Workbench.run(() -> source.setPropertyValue(field(0), "新标题 A")); //$NON-NLS-1$
		Workbench.waitUntil(() -> "新标题 A".equals(title()), 30); //$NON-NLS-1$
		assertThat(Project.open(project.folder()).document(doc.id()).orElseThrow().metadata().title())
				.as("saved on disk").isEqualTo("新标题 A"); //$NON-NLS-1$ //$NON-NLS-2$

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		// the Edit menu names the step: "Undo Edit Title", then "Redo Edit Title"
		String step = NLS.bind(Messages.Properties_editLabel, Messages.Properties_title);
		assertThat(Workbench.sync(() -> UndoRedoHandler.label(false))).isEqualTo(NLS.bind(Messages.Edit_undoNamed, step));
		Workbench.sync(() -> history.undo(context, null, null));
		Workbench.waitUntil(() -> before.equals(title()), 30);
		assertThat(Workbench.sync(() -> UndoRedoHandler.label(true))).isEqualTo(NLS.bind(Messages.Edit_redoNamed, step));
		Workbench.sync(() -> history.redo(context, null, null));
		Workbench.waitUntil(() -> "新标题 A".equals(title()), 30); //$NON-NLS-1$
	}

	@Test
	void whileAnotherWriterHoldsTheLockTheUiGoesOnAndTheSaveFollows() throws Exception {
		Object region = field(3);
		String regionBefore = doc.metadata().region();
		// another writer: the lock taken on another thread, as an import or the command line would hold it
		ProjectLock held = ProjectLock.acquire(project.folder(), "test writer", Duration.ofSeconds(10), null); //$NON-NLS-1$
		try {
			Workbench.run(() -> source.setPropertyValue(region, "浙江省")); //$NON-NLS-1$
			// the UI thread is back while the lock is still held: it answers, shows the value being
			// saved, and nothing is written yet
			assertThat(Workbench.sync(() -> source.getPropertyValue(region))).isEqualTo("浙江省"); //$NON-NLS-1$
			Workbench.run(() -> source.setPropertyValue(field(1), "新来源")); //$NON-NLS-1$
			assertThat(project.document(doc.id()).orElseThrow().metadata().region()).isEqualTo(regionBefore);
			assertThat(Project.open(project.folder()).document(doc.id()).orElseThrow().metadata().region())
					.isEqualTo(regionBefore);
		} finally {
			held.close();
		}
		Workbench.waitUntil(() -> {
			var m = project.document(doc.id()).orElseThrow().metadata();
			return "浙江省".equals(m.region()) && "新来源".equals(m.source()); //$NON-NLS-1$ //$NON-NLS-2$
		}, 30);
		var onDisk = Project.open(project.folder()).document(doc.id()).orElseThrow().metadata();
		assertThat(onDisk.region()).isEqualTo("浙江省"); //$NON-NLS-1$
		assertThat(onDisk.source()).isEqualTo("新来源"); //$NON-NLS-1$
		assertThat(onDisk.title()).isEqualTo(doc.metadata().title());
	}
}
