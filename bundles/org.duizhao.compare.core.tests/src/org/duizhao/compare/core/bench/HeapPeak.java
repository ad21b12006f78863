package org.duizhao.compare.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap during a task: collects garbage, resets the heap pools' peaks, runs the task and sums
 * the pools' peaks. With a generational collector this includes garbage not yet collected, so it
 * is an upper bound of what the task needs live.
 */
final class HeapPeak {

	record Result(double beforeMb, double peakMb) {
	}

	private HeapPeak() {
	}

	static Result measure(Runnable task) {
		System.gc();
		long before = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				before += pool.getUsage().getUsed();
				pool.resetPeakUsage();
			}
		}
		task.run();
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return new Result(before / 1048576.0, peak / 1048576.0);
	}
}
