package org.duizhao.search.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.duizhao.corpus.core.internal.AtomicFiles;

/**
 * The index folder of one project and the Lucene objects on it. An index is usable when it opens
 * and its commit says it was built by this schema with the project's current folding tables;
 * anything else (missing, damaged, older schema, edited look-alike table) is thrown away and built
 * again: the index is derived data, the project's documents are the truth.
 */
final class IndexStore {

	/** Commit data key naming what the index was built with. */
	static final String FINGERPRINT = "duizhao.fingerprint"; //$NON-NLS-1$
	/** How long a writer waits for another program's writer before giving up. */
	private static final long LOCK_WAIT_MILLIS = 30_000;

	private final Path folder;

	IndexStore(Path folder) {
		this.folder = folder;
	}

	Path folder() {
		return folder;
	}

	/** A reader with the directory it reads; closing closes both. */
	record Opened(Directory directory, DirectoryReader reader) implements AutoCloseable {
		@Override
		public void close() {
			closeQuietly(reader);
			closeQuietly(directory);
		}
	}

	/**
	 * @return a reader on the index if it is usable with {@code fingerprint}, else {@code null}
	 *         (the caller rebuilds)
	 */
	Opened open(String fingerprint) {
		if (!Files.isDirectory(folder)) {
			return null;
		}
		Directory dir = null;
		DirectoryReader reader = null;
		try {
			dir = FSDirectory.open(folder);
			if (DirectoryReader.indexExists(dir)) {
				reader = DirectoryReader.open(dir);
				if (fingerprint.equals(reader.getIndexCommit().getUserData().get(FINGERPRINT))) {
					return new Opened(dir, reader);
				}
			}
		} catch (IOException | RuntimeException damaged) {
			// a damaged index is rebuilt like a missing one
		}
		closeQuietly(reader);
		closeQuietly(dir);
		return null;
	}

	/** @return a writer; {@code create} starts from an empty index */
	IndexWriter writer(boolean create) throws IOException {
		Files.createDirectories(folder);
		long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
		while (true) {
			FSDirectory dir = FSDirectory.open(folder);
			try {
				IndexWriterConfig config = new IndexWriterConfig();
				config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
				config.setRAMBufferSizeMB(64);
				config.setCommitOnClose(false);
				return new OwningWriter(dir, config);
			} catch (LockObtainFailedException busy) {
				dir.close();
				if (System.currentTimeMillis() > deadline) {
					throw busy;
				}
				sleep();
			} catch (IOException | RuntimeException e) {
				dir.close();
				throw e;
			}
		}
	}

	/** Deletes the whole index folder (a damaged or outdated index). */
	void delete() throws IOException {
		AtomicFiles.deleteTree(folder);
	}

	/** @return document id → stamp of every live document in {@code reader} */
	static Map<String, String> stamps(DirectoryReader reader) throws IOException {
		Map<String, String> stamps = new HashMap<>();
		Set<String> fields = Set.of(IndexFields.ID, IndexFields.STAMP);
		for (LeafReaderContext leaf : reader.leaves()) {
			Bits live = leaf.reader().getLiveDocs();
			StoredFields stored = leaf.reader().storedFields();
			for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					org.apache.lucene.document.Document d = stored.document(doc, fields);
					stamps.put(d.get(IndexFields.ID), d.get(IndexFields.STAMP));
				}
			}
		}
		return stamps;
	}

	static void closeQuietly(AutoCloseable c) {
		if (c == null) {
			return;
		}
		try {
			c.close();
		} catch (Exception ignored) {
			// closing what is being thrown away: nothing to tell
		}
	}

	private static void sleep() throws IOException {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException();
		}
	}

	/** An index writer that closes its directory with itself. */
	private static final class OwningWriter extends IndexWriter {
		private final Directory dir;

		OwningWriter(Directory dir, IndexWriterConfig config) throws IOException {
			super(dir, config);
			this.dir = dir;
		}

		@Override
		public void close() throws IOException {
			try {
				super.close();
			} finally {
				dir.close();
			}
		}
	}
}
