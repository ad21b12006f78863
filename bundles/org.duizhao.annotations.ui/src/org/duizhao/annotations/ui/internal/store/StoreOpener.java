package org.duizhao.annotations.ui.internal.store;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;

/** Opens the annotation store of a project folder (the embedded SQLite file by default). */
@FunctionalInterface
public interface StoreOpener {

	/** @return the open store of the project in {@code projectFolder} */
	AnnotationStore open(Path projectFolder) throws StoreException;
}
