package org.duizhao.search.ui.internal;

import java.util.List;
import java.util.Optional;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.handlers.OpenDocumentHandler;
import org.duizhao.search.core.SearchHit;
import org.duizhao.text.core.CodePoints;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/** Opens a hit's document in the viewer and selects the hit once the text is shown. */
final class RevealHit {

	private RevealHit() {
	}

	/** Opens the document of {@code hit} and selects it (UI thread). */
	static void open(IWorkbenchPage page, Project project, SearchHit hit) {
		Optional<Document> doc = project.document(hit.documentId());
		if (doc.isEmpty()) {
			return;
		}
		IEditorPart editor = OpenDocumentHandler.open(page, new DocumentNode(project, doc.get()));
		DocumentPanes panes = editor == null ? null : editor.getAdapter(DocumentPanes.class);
		List<DocumentPane> list = panes == null ? List.of() : panes.panes();
		if (list.isEmpty()) {
			return;
		}
		DocumentPane pane = list.get(0);
		if (pane.text() != null) {
			select(pane, hit);
			return;
		}
		pane.addTextListener(new Runnable() {
			@Override
			public void run() {
				pane.removeTextListener(this);
				select(pane, hit);
			}
		});
	}

	/** Selects the hit when the pane shows the version it was found in. */
	private static void select(DocumentPane pane, SearchHit hit) {
		String text = pane.text();
		if (text == null || pane.version() != hit.version() || hit.end() > CodePoints.length(text)) {
			return;
		}
		CodePoints.Index index = CodePoints.index(text);
		pane.textWidget().setSelection(index.toUtf16(hit.start()), index.toUtf16(hit.end()));
		pane.textWidget().showSelection();
	}
}
