package org.duizhao.analysis.core.corpus;

import java.util.concurrent.atomic.AtomicInteger;

import org.duizhao.analysis.core.reuse.CorpusReuse;
import org.duizhao.analysis.core.reuse.ReuseProgress;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A progress monitor seen as the plain-Java {@link ReuseProgress}: signatures take a tenth of the
 * work, candidates by resemblance and by containment a twentieth each, alignment the rest. Work reported from the pool's threads is counted
 * atomically and passed to the monitor by whichever thread reports it (monitors tolerate that for
 * {@code worked}; the workbench's progress service marshals to the UI thread itself).
 */
final class MonitorProgress implements ReuseProgress {

	private final SubMonitor monitor;
	private final AtomicInteger aligned = new AtomicInteger();
	private volatile SubMonitor step;
	private volatile String name = ""; //$NON-NLS-1$

	MonitorProgress(SubMonitor monitor) {
		this.monitor = monitor.setWorkRemaining(100);
	}

	@Override
	public synchronized void begin(String stepName, int work) {
		name = stepName;
		int share = switch (stepName) {
		case CorpusReuse.STEP_ALIGN -> 80;
		case CorpusReuse.STEP_SIGNATURES -> 10;
		default -> 5; // candidates, containment
		};
		step = monitor.split(share).setWorkRemaining(Math.max(1, work));
	}

	@Override
	public synchronized void worked(int work) {
		if (CorpusReuse.STEP_ALIGN.equals(name)) {
			aligned.addAndGet(work);
		}
		step.worked(work);
	}

	@Override
	public boolean cancelled() {
		return monitor.isCanceled();
	}

	/** @return how many candidate pairs were aligned */
	int aligned() {
		return aligned.get();
	}
}
