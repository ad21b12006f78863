package org.duizhao.cli.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Speed and peak heap of a run, as the import benchmark reports them. */
final class Stats {

	private Stats() {
	}

	/** @return e.g. {@code files=2000 seconds=6.10 files_per_second=327.9 peak_heap_mb=412} */
	static String line(int files, double seconds) {
		return String.format(java.util.Locale.ROOT, "files=%d seconds=%.2f files_per_second=%.1f peak_heap_mb=%d", //$NON-NLS-1$
				files, seconds, files / Math.max(seconds, 1e-9), peakHeapBytes() / (1024 * 1024));
	}

	/** @return the sum of the heap pools' peak usage since the JVM started */
	static long peakHeapBytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
