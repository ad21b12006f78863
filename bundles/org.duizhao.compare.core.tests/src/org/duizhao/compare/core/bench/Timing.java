package org.duizhao.compare.core.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Warm-up (at least 20 calls and 5 s, so the JIT has compiled the hot paths) then the median wall
 * time of the given number of runs.
 */
final class Timing {

	record Result(double millis, double minMillis, Object value) {
	}

	private Timing() {
	}

	static Result median(int runs, Supplier<?> task) {
		Object value = null;
		long warmUntil = System.nanoTime() + 5_000_000_000L;
		for (int k = 0; k < 20 || System.nanoTime() < warmUntil; k++) {
			value = task.get();
		}
		double[] ms = new double[runs];
		for (int k = 0; k < runs; k++) {
			long t0 = System.nanoTime();
			value = task.get();
			ms[k] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return new Result(ms[runs / 2], ms[0], value);
	}
}
