package org.duizhao.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Draws one progress line on a terminal ({@code [ 42%] name}); prints nothing when the output is
 * not a terminal, so logs and pipes stay clean.
 */
final class ConsoleMonitor extends NullProgressMonitor {

	private final PrintStream err;
	private final boolean draw;
	private int total;
	private int done;
	private String task = ""; //$NON-NLS-1$
	private long lastDraw;

	ConsoleMonitor(Io io) {
		this.err = io.err();
		this.draw = io.interactive();
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		task = name == null ? "" : name; //$NON-NLS-1$
		paint(true);
	}

	@Override
	public void subTask(String name) {
		task = name == null ? "" : name; //$NON-NLS-1$
		paint(false);
	}

	@Override
	public void worked(int work) {
		done += work;
		paint(false);
	}

	@Override
	public void done() {
		if (draw) {
			err.print("\r\033[K"); //$NON-NLS-1$
			err.flush();
		}
	}

	private void paint(boolean force) {
		long now = System.nanoTime();
		if (!draw || !force && now - lastDraw < 100_000_000L) {
			return;
		}
		lastDraw = now;
		int percent = total > 0 ? (int) Math.min(100, 100L * done / total) : 0;
		String line = String.format("[%3d%%] %s", percent, task); //$NON-NLS-1$
		// cut by columns: a wrapped line (Chinese task names take two columns a character) breaks \r
		err.print("\r\033[K" + TextWidth.cut(line, 100)); //$NON-NLS-1$
		err.flush();
	}
}
