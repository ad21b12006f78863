package org.duizhao.compare.core.format;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.duizhao.compare.core.CompareResult;

/**
 * Writes a {@link CompareResult} in one output format. Implementations are stateless and UI-free.
 * Every offset they write is a Unicode code point offset of the original text.
 *
 * @since 0.1
 */
public interface ResultFormatter {

	/**
	 * @param result never {@code null}
	 * @param out never {@code null}
	 * @throws IOException from {@code out}
	 */
	void write(CompareResult result, Appendable out) throws IOException;

	/** @return the formatted result as a string, never {@code null} */
	default String format(CompareResult result) {
		StringBuilder sb = new StringBuilder();
		try {
			write(result, sb);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not throw
		}
		return sb.toString();
	}
}
