package org.duizhao.annotations.core.internal.qdpx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.exchange.ImportPlan;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedAnnotation;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedCode;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedMemo;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.annotations.core.internal.exchange.Placement;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeCode;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeNote;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSelection;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSource;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/**
 * Maps a parsed REFI-QDA project onto the documents its sources became: the codebook by path,
 * each placed selection as an annotation on the document's current text (when the project's
 * decoded text differs from the source's, the selection is found again by its quote), notes
 * referenced by a source as that document's memos, and the other notes as project memos; a note
 * referenced by a selection becomes part of that annotation's memo.
 */
final class QdePlanner {

	private final QdeModel model;
	private final String defaultCoder;
	private final ImportPlan plan = new ImportPlan();
	private final Set<String> usedNotes = new HashSet<>();

	QdePlanner(QdeModel model, String defaultCoder) {
		this.model = model;
		this.defaultCoder = defaultCoder;
	}

	ImportPlan plan(Map<QdeSource, List<Placement.Result>> prepared, QdpxImporter.DocumentImport docs,
			Project project) throws IOException {
		for (QdeCode c : model.codes) {
			plan.codes().add(new PlannedCode(c.path(), c.color(), c.description()));
		}
		for (Map.Entry<QdeSource, List<Placement.Result>> e : prepared.entrySet()) {
			Optional<Document> doc = docs.document(e.getKey());
			if (doc.isPresent()) {
				source(e.getKey(), e.getValue(), doc.get(), project.readText(doc.get(), doc.get().current()));
			}
		}
		for (String ref : model.projectNoteRefs) {
			memo(null, ref);
		}
		for (String guid : model.notes.keySet()) {
			if (!usedNotes.contains(guid)) {
				memo(null, guid);
			}
		}
		return plan;
	}

	private void source(QdeSource s, List<Placement.Result> places, Document doc, String docText) {
		Placement target = new Placement(docText);
		Placement own = new Placement(s.text());
		boolean same = docText.equals(s.text());
		for (int i = 0; i < places.size(); i++) {
			Placement.Result r = places.get(i);
			if (r == null) {
				continue;
			}
			QdeSelection sel = s.selections().get(i);
			if (!same) {
				TextQuote q = own.quote(r.start(), r.end());
				Placement.Result again = target.place(r.start(), r.end(), q);
				if (!again.placed()) {
					plan.problem(NLS.bind(Messages.placementFailed, s.name() + " / " + sel.guid(), //$NON-NLS-1$
							Messages.failure(again.failure())));
					continue;
				}
				r = new Placement.Result(again.start(), again.end(), r.relocated() || again.relocated(), null);
			}
			if (r.relocated()) {
				plan.relocatedOne();
			}
			plan.annotations().add(new PlannedAnnotation(doc.id(), doc.current().number(), r.start(), r.end(),
					target.quote(r.start(), r.end()), codePaths(s, sel), List.of(), memo(sel),
					model.user(sel.userGuid(), defaultCoder)));
		}
		for (String ref : s.noteRefs()) {
			memo(doc.id(), ref);
		}
	}

	private List<List<String>> codePaths(QdeSource s, QdeSelection sel) {
		List<List<String>> paths = new ArrayList<>();
		for (String guid : sel.codeGuids()) {
			QdeCode c = model.codesByGuid.get(guid);
			if (c == null) {
				plan.problem(NLS.bind(Messages.qdpxUnknownCode, s.name() + " / " + sel.guid(), guid)); //$NON-NLS-1$
			} else if (!paths.contains(c.path())) {
				paths.add(c.path());
			}
		}
		return paths;
	}

	private String memo(QdeSelection sel) {
		StringBuilder sb = new StringBuilder(sel.memo() == null ? "" : sel.memo().strip()); //$NON-NLS-1$
		for (String ref : sel.noteRefs()) {
			QdeNote n = model.notes.get(ref);
			if (n != null && !n.text().isBlank()) {
				usedNotes.add(ref);
				sb.append(sb.length() == 0 ? "" : "\n\n").append(n.text().strip()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return sb.toString();
	}

	private void memo(String documentId, String noteGuid) {
		QdeNote n = model.notes.get(noteGuid);
		if (n == null || !usedNotes.add(noteGuid)) {
			return;
		}
		plan.memos().add(new PlannedMemo(documentId, n.title(), n.text(), model.user(n.userGuid(), defaultCoder)));
	}
}
