package org.duizhao.annotations.core.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A real store whose write after the first {@code n} fails, as a full disk or a dropped connection
 * would: the way to test that an import failing in the middle leaves the real store unchanged.
 * Every call goes to the real store; transactions are the real store's (work run inside them
 * calls this wrapper, on the same thread, and so joins them).
 */
final class FailingStore implements AnnotationStore {

	private final AnnotationStore real;
	private int writesLeft;

	FailingStore(AnnotationStore real, int n) {
		this.real = real;
		this.writesLeft = n;
	}

	private void write() throws StoreException {
		if (writesLeft-- <= 0) {
			throw new StoreException("simulated failure of a write"); //$NON-NLS-1$
		}
	}

	@Override
	public <T> T inTransaction(StoreWork<T> work) throws StoreException {
		return real.inTransaction(s -> work.run(this));
	}

	@Override
	public Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException {
		write();
		return real.createCode(parentId, name, color, description, shortcut);
	}

	@Override
	public List<Annotation> addAnnotations(List<NewAnnotation> list, IProgressMonitor monitor) throws StoreException {
		write();
		return real.addAnnotations(list, monitor);
	}

	@Override
	public Memo createMemo(String documentId, String title, String text, String author) throws StoreException {
		write();
		return real.createMemo(documentId, title, text, author);
	}

	@Override
	public Annotation addAnnotation(NewAnnotation annotation) throws StoreException {
		write();
		return real.addAnnotation(annotation);
	}

	@Override
	public List<Code> codes() throws StoreException {
		return real.codes();
	}

	@Override
	public Code updateCode(Code code) throws StoreException {
		write();
		return real.updateCode(code);
	}

	@Override
	public Code restoreCode(Code code) throws StoreException {
		write();
		return real.restoreCode(code);
	}

	@Override
	public CodeUsage usage(String codeId) throws StoreException {
		return real.usage(codeId);
	}

	@Override
	public void deleteCode(String codeId, long rowVersion) throws StoreException {
		write();
		real.deleteCode(codeId, rowVersion);
	}

	@Override
	public void mergeCodes(String sourceId, long sourceRowVersion, String targetId) throws StoreException {
		write();
		real.mergeCodes(sourceId, sourceRowVersion, targetId);
	}

	@Override
	public Annotation updateAnnotation(Annotation annotation) throws StoreException {
		write();
		return real.updateAnnotation(annotation);
	}

	@Override
	public List<Annotation> updateAnnotations(List<Annotation> annotations) throws StoreException {
		write();
		return real.updateAnnotations(annotations);
	}

	@Override
	public void deleteAnnotation(String id, long rowVersion) throws StoreException {
		write();
		real.deleteAnnotation(id, rowVersion);
	}

	@Override
	public Optional<Annotation> annotation(String id) throws StoreException {
		return real.annotation(id);
	}

	@Override
	public List<Annotation> annotations(AnnotationQuery query) throws StoreException {
		return real.annotations(query);
	}

	@Override
	public Map<String, Integer> codeCounts() throws StoreException {
		return real.codeCounts();
	}

	@Override
	public List<String> coders() throws StoreException {
		return real.coders();
	}

	@Override
	public Memo updateMemo(Memo memo) throws StoreException {
		write();
		return real.updateMemo(memo);
	}

	@Override
	public void deleteMemo(String id, long rowVersion) throws StoreException {
		write();
		real.deleteMemo(id, rowVersion);
	}

	@Override
	public List<Memo> memos(String documentId) throws StoreException {
		return real.memos(documentId);
	}

	@Override
	public List<Memo> allMemos() throws StoreException {
		return real.allMemos();
	}

	@Override
	public List<String> linkTypes() throws StoreException {
		return real.linkTypes();
	}

	@Override
	public void setLinkTypes(List<String> types) throws StoreException {
		write();
		real.setLinkTypes(types);
	}

	@Override
	public Link createLink(String fromId, String toId, String type, String memo, String author) throws StoreException {
		write();
		return real.createLink(fromId, toId, type, memo, author);
	}

	@Override
	public void deleteLink(String id, long rowVersion) throws StoreException {
		write();
		real.deleteLink(id, rowVersion);
	}

	@Override
	public List<Link> links() throws StoreException {
		return real.links();
	}

	@Override
	public boolean pollExternalChanges() throws StoreException {
		return real.pollExternalChanges();
	}

	@Override
	public void addListener(StoreListener listener) {
		real.addListener(listener);
	}

	@Override
	public void removeListener(StoreListener listener) {
		real.removeListener(listener);
	}

	@Override
	public String describe() {
		return real.describe();
	}

	@Override
	public void close() throws StoreException {
		real.close();
	}
}
