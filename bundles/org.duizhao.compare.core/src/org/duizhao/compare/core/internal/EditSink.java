package org.duizhao.compare.core.internal;

/**
 * Receives edits in text order (normalized coordinates).
 */
@FunctionalInterface
interface EditSink {

	void add(Edit.Kind kind, int aStart, int aEnd, int bStart, int bEnd);
}
