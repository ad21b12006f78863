package org.duizhao.annotations.ui.internal.views;

import java.util.Optional;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.ui.internal.handlers.ActivePane;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.handlers.OpenDocumentHandler;
import org.duizhao.text.core.CodePoints;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/** Opens a passage's document in the viewer and selects the passage, once the text is shown. */
public final class Reveal {

	private Reveal() {
	}

	/** Opens the document of {@code a} and selects it (UI thread). */
	public static void passage(IWorkbenchPage page, Project project, Annotation a) {
		Optional<Document> doc = project.document(a.documentId());
		if (doc.isEmpty()) {
			return;
		}
		IEditorPart editor = OpenDocumentHandler.open(page, new DocumentNode(project, doc.get()));
		Optional<DocumentPane> pane = ActivePane.of(editor);
		if (pane.isEmpty()) {
			return;
		}
		DocumentPane p = pane.get();
		if (p.text() != null) {
			select(p, a);
			return;
		}
		p.addTextListener(new Runnable() {
			@Override
			public void run() {
				p.removeTextListener(this);
				select(p, a);
			}
		});
	}

	private static void select(DocumentPane pane, Annotation a) {
		String text = pane.text();
		if (text == null || a.end() > CodePoints.length(text)) {
			return;
		}
		CodePoints.Index index = CodePoints.index(text);
		int start = index.toUtf16(a.start());
		int end = index.toUtf16(a.end());
		pane.textWidget().setSelection(start, end);
		pane.textWidget().showSelection();
	}
}
