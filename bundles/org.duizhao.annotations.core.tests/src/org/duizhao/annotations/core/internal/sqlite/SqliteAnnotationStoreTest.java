package org.duizhao.annotations.core.internal.sqlite;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.contract.AnnotationStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real SQLite file in a temporary project folder. */
class SqliteAnnotationStoreTest extends AnnotationStoreContract {

	@TempDir
	java.nio.file.Path folder;

	@Override
	protected AnnotationStore newStore() throws Exception {
		return AnnotationStores.open(folder);
	}
}
