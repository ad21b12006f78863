package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreChange.Kind;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The annotation store over JDBC, shared by the SQLite backend and (next) the PostgreSQL one: the
 * SQL is portable, and what differs lives in the {@link SqlDialect} and in
 * {@link #changedElsewhere}. Every public method is one transaction of the {@link Transactor}.
 */
public abstract class SqlAnnotationStore implements AnnotationStore {

	/** Above this many records a change event says "reload" instead of listing the ids. */
	private static final int MAX_IDS_IN_EVENT = 1000;

	private final Transactor tx;
	private final String description;
	private final ExternalChangePoller poller;
	private long lastStamp;

	/**
	 * @param tx the transactions over the store's connection, schema already migrated
	 * @param description the database for the user
	 * @param pollMillis how often to look for changes made by other processes while listeners are
	 *            registered; 0: only when {@link #pollExternalChanges()} is called
	 */
	protected SqlAnnotationStore(Transactor tx, String description, long pollMillis) {
		this.tx = tx;
		this.description = description;
		this.poller = new ExternalChangePoller(this, pollMillis);
	}

	/**
	 * Tells whether another connection committed a change since the last call; the first call
	 * (from the constructor of a subclass) only records the starting point.
	 */
	protected abstract boolean changedElsewhere(Connection connection) throws SQLException;

	/** Runs raw SQL work in one read transaction of this store (copying between backends). */
	public <T> T readSql(SqlWork<T> work) throws StoreException {
		return tx.read(work);
	}

	/** Runs raw SQL work in one write transaction of this store; listeners hear of nothing. */
	public <T> T writeSql(SqlWork<T> work) throws StoreException {
		return tx.write(work);
	}

	/** @return the transactions of this store */
	protected Transactor transactor() {
		return tx;
	}

	// --- code system ---------------------------------------------------------------------------

	@Override
	public List<Code> codes() throws StoreException {
		return tx.read(CodeSql::all);
	}

	@Override
	public Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException {
		return tx.write(c -> changedCode(CodeSql.create(c, parentId, name, color, description, shortcut)));
	}

	@Override
	public Code updateCode(Code code) throws StoreException {
		return tx.write(c -> changedCode(CodeSql.update(c, code)));
	}

	@Override
	public Code restoreCode(Code code) throws StoreException {
		return tx.write(c -> changedCode(CodeSql.restore(c, code)));
	}

	private Code changedCode(Code code) {
		tx.changed(new StoreChange(Kind.CODES, Set.of(code.id()), null, false));
		return code;
	}

	@Override
	public CodeUsage usage(String codeId) throws StoreException {
		return tx.read(c -> CodeSql.usage(c, codeId));
	}

	@Override
	public void deleteCode(String codeId, long rowVersion) throws StoreException {
		tx.write(c -> {
			List<String> touched = CodeSql.delete(c, codeId, rowVersion);
			codesChanged(touched, codeId);
			return null;
		});
	}

	@Override
	public void mergeCodes(String sourceId, long sourceRowVersion, String targetId) throws StoreException {
		tx.write(c -> {
			Set<String> touched = CodeMerge.merge(c, sourceId, sourceRowVersion, targetId);
			codesChanged(touched, sourceId, targetId);
			return null;
		});
	}

	private void codesChanged(java.util.Collection<String> annotations, String... codeIds) {
		tx.changed(new StoreChange(Kind.CODES, Set.of(codeIds), null, false));
		if (!annotations.isEmpty()) {
			annotationsChanged(annotations, Set.of());
		}
	}

	// --- annotations ---------------------------------------------------------------------------

	@Override
	public Annotation addAnnotation(NewAnnotation annotation) throws StoreException {
		return addAnnotations(List.of(annotation), null).get(0);
	}

	@Override
	public List<Annotation> addAnnotations(List<NewAnnotation> annotations, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskAddAnnotations, annotations.size());
		return tx.write(c -> {
			List<Annotation> out = new ArrayList<>(annotations.size());
			Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
			try (AnnotationWriter w = new AnnotationWriter(c)) {
				for (NewAnnotation n : annotations) {
					checkCanceled(progress);
					out.add(w.add(n, now));
					progress.worked(1);
				}
			}
			annotationsChanged(out);
			return out;
		});
	}

	private static void checkCanceled(SubMonitor progress) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	@Override
	public Annotation updateAnnotation(Annotation annotation) throws StoreException {
		return updateAnnotations(List.of(annotation)).get(0);
	}

	@Override
	public List<Annotation> updateAnnotations(List<Annotation> annotations) throws StoreException {
		return tx.write(c -> {
			List<Annotation> out = new ArrayList<>(annotations.size());
			Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
			try (AnnotationWriter w = new AnnotationWriter(c)) {
				for (Annotation a : annotations) {
					out.add(w.update(a, now));
				}
			}
			annotationsChanged(out);
			return out;
		});
	}

	@Override
	public Annotation restoreAnnotation(Annotation annotation) throws StoreException {
		return tx.write(c -> {
			if (AnnotationSql.get(c, annotation.id()) != null) {
				throw new StoreException(NLS.bind(Messages.errorAnnotationExists, annotation.id()));
			}
			Annotation restored;
			try (AnnotationWriter w = new AnnotationWriter(c)) {
				restored = w.restore(annotation);
			}
			annotationsChanged(List.of(restored));
			return restored;
		});
	}

	@Override
	public void deleteAnnotation(String id, long rowVersion) throws StoreException {
		tx.write(c -> {
			Annotation current = AnnotationSql.get(c, id);
			long links = LinkSql.countUsing(c, id);
			if (Sql.update(c, "DELETE FROM annotations WHERE id = ? AND row_version = ?", id, rowVersion) == 0) { //$NON-NLS-1$
				AnnotationSql.checkVersion(AnnotationSql.get(c, id), rowVersion);
				throw Sql.notAllowed();
			}
			annotationsChanged(List.of(id), Set.of(current.documentId()));
			if (links > 0) {
				tx.changed(new StoreChange(Kind.LINKS, null, null, false));
			}
			return null;
		});
	}

	private void annotationsChanged(List<Annotation> annotations) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> documents = new LinkedHashSet<>();
		for (Annotation a : annotations) {
			ids.add(a.id());
			documents.add(a.documentId());
		}
		annotationsChanged(ids, documents);
	}

	private void annotationsChanged(java.util.Collection<String> ids, Set<String> documents) {
		Set<String> listed = ids.size() > MAX_IDS_IN_EVENT ? Set.of() : Set.copyOf(ids);
		Set<String> docs = documents.size() > MAX_IDS_IN_EVENT ? Set.of() : documents;
		tx.changed(new StoreChange(Kind.ANNOTATIONS, listed, docs, false));
	}

	@Override
	public Optional<Annotation> annotation(String id) throws StoreException {
		return Optional.ofNullable(tx.read(c -> AnnotationSql.get(c, id)));
	}

	@Override
	public List<Annotation> annotations(AnnotationQuery query) throws StoreException {
		return tx.read(c -> AnnotationSql.query(c, query));
	}

	@Override
	public Map<String, Integer> codeCounts() throws StoreException {
		return tx.read(AnnotationSql::codeCounts);
	}

	@Override
	public List<String> coders() throws StoreException {
		return tx.read(AnnotationSql::coders);
	}

	// --- memos ---------------------------------------------------------------------------------

	@Override
	public Memo createMemo(String documentId, String title, String text, String author) throws StoreException {
		return tx.write(c -> changedMemo(MemoSql.create(c, documentId, title, text, author, stamp())));
	}

	@Override
	public Memo updateMemo(Memo memo) throws StoreException {
		return tx.write(c -> changedMemo(MemoSql.update(c, memo, stamp())));
	}

	private Memo changedMemo(Memo memo) {
		tx.changed(new StoreChange(Kind.MEMOS, Set.of(memo.id()), null, false));
		return memo;
	}

	@Override
	public void deleteMemo(String id, long rowVersion) throws StoreException {
		tx.write(c -> {
			MemoSql.delete(c, id, rowVersion);
			tx.changed(new StoreChange(Kind.MEMOS, Set.of(id), null, false));
			return null;
		});
	}

	@Override
	public List<Memo> memos(String documentId) throws StoreException {
		return tx.read(c -> MemoSql.of(c, documentId));
	}

	@Override
	public List<Memo> allMemos() throws StoreException {
		return tx.read(MemoSql::all);
	}

	// --- links ---------------------------------------------------------------------------------

	@Override
	public List<String> linkTypes() throws StoreException {
		return tx.read(LinkSql::types);
	}

	@Override
	public void setLinkTypes(List<String> types) throws StoreException {
		tx.write(c -> {
			LinkSql.setTypes(c, types);
			tx.changed(new StoreChange(Kind.LINKS, null, null, false));
			return null;
		});
	}

	@Override
	public Link createLink(String fromId, String toId, String type, String memo, String author) throws StoreException {
		return tx.write(c -> {
			Link link = LinkSql.create(c, fromId, toId, type, memo, author, stamp());
			tx.changed(new StoreChange(Kind.LINKS, Set.of(link.id()), null, false));
			return link;
		});
	}

	@Override
	public void deleteLink(String id, long rowVersion) throws StoreException {
		tx.write(c -> {
			LinkSql.delete(c, id, rowVersion);
			tx.changed(new StoreChange(Kind.LINKS, Set.of(id), null, false));
			return null;
		});
	}

	@Override
	public List<Link> links() throws StoreException {
		return tx.read(LinkSql::all);
	}

	// --- whole store ---------------------------------------------------------------------------

	@Override
	public <T> T inTransaction(StoreWork<T> work) throws StoreException {
		return tx.write(c -> {
			try {
				return work.run(this);
			} catch (StoreException | SQLException | RuntimeException e) {
				throw e;
			} catch (Exception e) {
				throw new StoreException(NLS.bind(Messages.errorTransaction, e.getMessage()), e);
			}
		});
	}

	@Override
	public boolean pollExternalChanges() throws StoreException {
		Boolean changed = tx.ifIdle(this::changedElsewhere);
		if (Boolean.TRUE.equals(changed)) {
			tx.fire(new StoreChange(Kind.ALL, null, null, true));
			return true;
		}
		return false;
	}

	@Override
	public void addListener(StoreListener listener) {
		if (tx.addListener(listener)) {
			poller.start();
		}
	}

	@Override
	public void removeListener(StoreListener listener) {
		if (!tx.removeListener(listener)) {
			poller.stop();
		}
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	public void close() throws StoreException {
		poller.stop();
		tx.close();
	}

	/**
	 * A time for memos and links, later than any this store gave before, so that "oldest first"
	 * keeps the order in which one researcher made them even within one millisecond.
	 */
	private synchronized Instant stamp() {
		lastStamp = Math.max(System.currentTimeMillis(), lastStamp + 1);
		return Instant.ofEpochMilli(lastStamp);
	}
}
