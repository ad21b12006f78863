package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.handlers.OpenDocumentHandler;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/**
 * A project with one short document of our own (with a character outside the BMP and a pinyin
 * gloss), imported through the real import job, and its annotation store.
 */
final class AnnotatedProject {

	/** Written for these tests: 𠮷 takes two UTF-16 units, (jiān) is a gloss. */
	static final String TEXT = "𠮷祥村扶贫工作报告\n\n一、坚(jiān)持产业扶贫，发展特色农业。\n二、加强教育扶贫，改善乡村学校条件。\n三、推进生态保护，建设美丽乡村。\n"; //$NON-NLS-1$

	final Project project;
	final Document document;

	private AnnotatedProject(Project project, Document document) {
		this.project = project;
		this.document = document;
	}

	static AnnotatedProject create(Path temp) throws Exception {
		Workbench.start();
		Path file = temp.resolve("report.txt"); //$NON-NLS-1$
		Files.writeString(file, TEXT, StandardCharsets.UTF_8);
		Project project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("project"), "AnnotateUi"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project, List.of(file), null);
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		return new AnnotatedProject(project, project.documents().get(0));
	}

	AnnotationStore store() throws Exception {
		return AnnotationsUiPlugin.getDefault().stores().store(project.folder());
	}

	/** Opens the document and waits until its text and its overlay are there. */
	DocumentPane open() throws Exception {
		IEditorPart editor = Workbench.sync(() -> OpenDocumentHandler.open(page(), new DocumentNode(project, document)));
		DocumentPane pane = Workbench.sync(() -> editor.getAdapter(DocumentPanes.class).panes().get(0));
		Workbench.waitUntil(() -> TEXT.equals(pane.text()) && AnnotationOverlay.of(pane.textWidget()) != null, 30);
		return pane;
	}

	void close() throws Exception {
		Workbench.run(() -> page().closeAllEditors(false));
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	/**
	 * Waits until every store call of the workbench's edits, undos and redos has run and the UI
	 * thread has followed up on it (edits return before the store is called).
	 */
	static void settle() throws Exception {
		org.eclipse.core.runtime.jobs.Job.getJobManager()
				.join(org.duizhao.annotations.ui.internal.coding.StoreOperation.FAMILY, null);
		Workbench.run(() -> {
			// the follow-ups were posted before the job ended: this runs after them
		});
	}

	static IWorkbenchPage page() {
		return Workbench.page();
	}

	/** @return a new annotation (not yet stored) of the first {@code part} of the document, by {@code coder} */
	NewAnnotation passage(String part, List<String> codes, String coder) {
		int s = TEXT.codePointCount(0, at(part));
		int e = s + part.codePointCount(0, part.length());
		return new NewAnnotation(document.id(), document.current().number(), s, e, TextQuote.of(TEXT, s, e), codes, null,
				coder);
	}

	/** @return the UTF-16 index of {@code part} in {@link #TEXT} */
	static int at(String part) {
		int i = TEXT.indexOf(part);
		assertThat(i).as(part).isNotNegative();
		return i;
	}
}
