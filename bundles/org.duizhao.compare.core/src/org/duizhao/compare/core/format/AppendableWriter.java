package org.duizhao.compare.core.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A {@link Writer} onto an {@link Appendable} (a {@link StringBuilder}, say), for formatters that
 * stream through a writer. Flushing and closing are passed on when the target supports them.
 */
final class AppendableWriter extends Writer {

	private final Appendable target;

	AppendableWriter(Appendable target) {
		this.target = target;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		target.append(CharBuffer.wrap(chars, offset, length));
	}

	@Override
	public void write(String s, int offset, int length) throws IOException {
		target.append(s, offset, offset + length);
	}

	@Override
	public void write(int c) throws IOException {
		target.append((char) c);
	}

	@Override
	public void flush() throws IOException {
		if (target instanceof java.io.Flushable f) {
			f.flush();
		}
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
