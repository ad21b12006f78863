package org.duizhao.cli.internal;

import java.io.IOException;

import org.duizhao.compare.core.CompareResult;

/**
 * Writes a comparison in one format. A stand-in: {@code org.duizhao.compare.core.format} has
 * the same formatters but its package is not exported yet; once it is, these classes go.
 */
interface Output {

	void write(CompareResult result, Appendable out) throws IOException;
}
