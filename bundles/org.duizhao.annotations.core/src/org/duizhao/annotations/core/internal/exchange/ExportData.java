package org.duizhao.annotations.core.internal.exchange;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;

/**
 * One consistent read of what an export writes: the project's documents, the code system, every
 * annotation and memo, and the documents' current texts (read once, on demand).
 */
public final class ExportData {

	private final Project project;
	private final List<Code> codes;
	private final CodeTree tree;
	private final List<Annotation> annotations;
	private final List<Memo> memos;
	private final Map<String, Placement> texts = new HashMap<>();

	private ExportData(Project project, List<Code> codes, List<Annotation> annotations, List<Memo> memos) {
		this.project = project;
		this.codes = codes;
		this.tree = new CodeTree(codes);
		this.annotations = annotations;
		this.memos = memos;
	}

	/** Reads the store in one transaction, so the export is a snapshot. */
	public static ExportData load(Project project, AnnotationStore store) throws StoreException {
		return store.inTransaction(s -> new ExportData(project, s.codes(), s.annotations(AnnotationQuery.all()),
				s.allMemos()));
	}

	/** @return the project */
	public Project project() {
		return project;
	}

	/** @return the code system */
	public CodeTree tree() {
		return tree;
	}

	/** @return every code */
	public List<Code> codes() {
		return codes;
	}

	/** @return every annotation, by document and position */
	public List<Annotation> annotations() {
		return annotations;
	}

	/** @return every memo, project memos first */
	public List<Memo> memos() {
		return memos;
	}

	/** @return the document an annotation or memo names, or {@code null} if the project lacks it */
	public Document document(String id) {
		return id == null ? null : project.document(id).orElse(null);
	}

	/** @return the current text of a document, wrapped for slicing by code points */
	public Placement text(Document d) throws IOException {
		Placement p = texts.get(d.id());
		if (p == null) {
			p = new Placement(project.readText(d, d.current()));
			texts.put(d.id(), p);
		}
		return p;
	}

	/**
	 * @return whether the annotation's position holds on its document's current version (anchored
	 *         and made on, or carried over to, that version, and inside the text)
	 */
	public boolean isPlaced(Annotation a, Document d) throws IOException {
		return a.anchoring().isAnchored() && a.version() == d.current().number() && a.end() <= text(d).length();
	}

	/** @return the codes' paths joined with {@code separator} */
	public String codePaths(Annotation a, String separator) {
		StringBuilder sb = new StringBuilder();
		for (String id : a.codeIds()) {
			if (tree.get(id).isPresent()) {
				sb.append(sb.length() == 0 ? "" : separator).append(tree.path(id)); //$NON-NLS-1$
			}
		}
		return sb.toString();
	}
}
