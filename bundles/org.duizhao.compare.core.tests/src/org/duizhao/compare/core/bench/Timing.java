package org.duizhao.compare.core.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Warm-up then median wall time of a task. */
final class Timing {

	record Result(double millis, Object value) {
	}

	private Timing() {
	}

	static Result median(int runs, Supplier<?> task) {
		Object value = null;
		for (int k = 0; k < 2; k++) {
			value = task.get();
		}
		double[] ms = new double[runs];
		for (int k = 0; k < runs; k++) {
			long t0 = System.nanoTime();
			value = task.get();
			ms[k] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return new Result(ms[runs / 2], value);
	}
}
