package org.duizhao.analysis.core.reuse;

/**
 * Progress and cancel for {@link CorpusReuse}, without a framework: the workbench adapts its
 * progress monitor to it, a distributed engine its own task context.
 */
public interface ReuseProgress {

	/** Does nothing and never cancels. */
	ReuseProgress NONE = new ReuseProgress() {
		@Override
		public void begin(String step, int work) {
			// nothing to show
		}

		@Override
		public void worked(int work) {
			// nothing to show
		}

		@Override
		public boolean cancelled() {
			return false;
		}
	};

	/** A step begins; {@code work} units follow. May be called from several threads. */
	void begin(String step, int work);

	/** {@code work} units of the current step are done. May be called from several threads. */
	void worked(int work);

	/** @return whether to stop; the run then throws {@link java.util.concurrent.CancellationException} */
	boolean cancelled();
}
