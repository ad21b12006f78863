package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Conflicts;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.outbox.OutboxConflicts;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;

/**
 * Resolves conflicts through the core's rules: keep mine, take theirs, or write a merged memo. Every
 * write names the row version the server holds now, so a third edit in the meantime is again a
 * conflict and never overwritten. A shared project must be online to resolve.
 */
public final class ConflictResolver {

	private ConflictResolver() {
	}

	/** @return every conflict of the open projects whose store is open, oldest first per project */
	public static List<ConflictRow> all(List<Project> projects) throws StoreException {
		List<ConflictRow> rows = new ArrayList<>();
		AnnotationsUiPlugin plugin = AnnotationsUiPlugin.getDefault();
		for (Project p : projects) {
			if (plugin.stores().isOpen(p.folder()) && plugin.stores().store(p.folder()) instanceof OutboxStore o) {
				for (OutboxConflicts.Pending c : new OutboxConflicts(o).pending()) {
					rows.add(new ConflictRow(p.folder(), p.name(), c.mine(), c.theirs(), c, null));
				}
			}
			for (LocalConflicts.Refused r : plugin.conflicts().of(p.folder())) {
				rows.add(new ConflictRow(p.folder(), p.name(), r.mine(), r.theirs(), null, r));
			}
		}
		return rows;
	}

	/** Writes the researcher's version over the one stored now. */
	public static void keepMine(ConflictRow row) throws StoreException {
		AnnotationStore store = online(row.root());
		if (row.pushed() != null) {
			new OutboxConflicts(outbox(row.root())).keepMine(row.pushed());
		} else if (row.mine() instanceof Annotation mine) {
			Annotation theirs = store.annotation(mine.id()).orElse(null);
			if (theirs != null) {
				Conflicts.keepMine(store, mine, theirs);
			}
		} else if (row.mine() instanceof Memo mine) {
			Memo theirs = currentMemo(store, mine.id());
			if (theirs != null) {
				store.updateMemo(theirs.withText(mine.title(), mine.text()));
			}
		}
		done(row);
	}

	/** Drops the researcher's edit: the stored version stays. */
	public static void takeTheirs(ConflictRow row) throws StoreException {
		if (row.pushed() != null) {
			new OutboxConflicts(outbox(row.root())).takeTheirs(row.pushed());
		}
		done(row);
	}

	/**
	 * Writes the stored version with {@code memo} as its memo (for a passage also with the codes of
	 * both versions).
	 */
	public static void merge(ConflictRow row, String memo) throws StoreException {
		AnnotationStore store = online(row.root());
		if (row.mine() instanceof Annotation mine) {
			Annotation theirs = store.annotation(serverId(row.root(), mine.id())).orElse(null);
			if (theirs != null) {
				LinkedHashSet<String> codes = new LinkedHashSet<>(theirs.codeIds());
				codes.addAll(mine.codeIds());
				store.updateAnnotation(theirs.withMemo(memo).withCodes(new ArrayList<>(codes)));
			}
		} else if (row.mine() instanceof Memo mine) {
			Memo theirs = currentMemo(store, serverId(row.root(), mine.id()));
			if (theirs != null) {
				store.updateMemo(theirs.withText(theirs.title(), memo));
			}
		}
		if (row.pushed() != null) {
			outbox(row.root()).outbox().resolved(row.pushed().id());
		}
		done(row);
	}

	private static void done(ConflictRow row) {
		if (row.live() != null) {
			AnnotationsUiPlugin.getDefault().conflicts().resolved(row.live());
		}
		AnnotationsUiPlugin.getDefault().connections().checkSoon();
	}

	private static AnnotationStore online(Path root) throws StoreException {
		AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(root);
		return store instanceof OutboxStore o ? o.connected() : store;
	}

	private static OutboxStore outbox(Path root) throws StoreException {
		return ServerWork.outbox(root);
	}

	private static String serverId(Path root, String id) throws StoreException {
		AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(root);
		return store instanceof OutboxStore o ? o.outbox().serverId(id) : id;
	}

	private static Memo currentMemo(AnnotationStore store, String id) throws StoreException {
		return store.allMemos().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
	}
}
