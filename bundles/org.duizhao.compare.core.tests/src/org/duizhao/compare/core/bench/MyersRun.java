package org.duizhao.compare.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * java-diff-utils' Myers over the characters of both texts, under a 60 s deadline per run (the
 * listener aborts the diff when the deadline passes). Its edit count is the minimal one.
 */
public final class MyersRun {

	private static final long DEADLINE_NANOS = 60_000_000_000L;

	private final double millis;
	private final long edits;
	private final String note;

	private MyersRun(double millis, long edits, String note) {
		this.millis = millis;
		this.edits = edits;
		this.note = note;
	}

	static MyersRun skipped() {
		return new MyersRun(Double.NaN, -1, "skipped"); //$NON-NLS-1$
	}

	static MyersRun measure(String a, String b, int runs) {
		List<Character> la = chars(a);
		List<Character> lb = chars(b);
		double[] ms = new double[runs + 1];
		long edits = -1;
		for (int k = 0; k <= runs; k++) { // run 0 is the warm-up
			long t0 = System.nanoTime();
			Patch<Character> patch;
			try {
				patch = DiffUtils.diff(la, lb, new Deadline(t0 + DEADLINE_NANOS));
			} catch (DeadlineException e) {
				return new MyersRun(Double.NaN, -1, ">60000"); //$NON-NLS-1$
			}
			ms[k] = (System.nanoTime() - t0) / 1e6;
			edits = count(patch);
		}
		double[] measured = Arrays.copyOfRange(ms, 1, runs + 1);
		Arrays.sort(measured);
		return new MyersRun(measured[runs / 2], edits, null);
	}

	String millisText() {
		return note != null ? note : String.format(Locale.ROOT, "%.1f", millis); //$NON-NLS-1$
	}

	String ratioText(double engineMillis) {
		return note != null ? "-" : String.format(Locale.ROOT, "%.1f", millis / engineMillis); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String editsText() {
		return edits < 0 ? "-" : Long.toString(edits); //$NON-NLS-1$
	}

	/** @return the minimal edit count (characters deleted plus inserted) by java-diff-utils' Myers */
	public static long minimalEdits(String a, String b) {
		return count(DiffUtils.diff(chars(a), chars(b)));
	}

	private static long count(Patch<Character> patch) {
		long n = 0;
		for (AbstractDelta<Character> d : patch.getDeltas()) {
			n += d.getSource().size() + d.getTarget().size();
		}
		return n;
	}

	private static List<Character> chars(String s) {
		List<Character> out = new ArrayList<>(s.length());
		for (int i = 0; i < s.length(); i++) {
			out.add(s.charAt(i));
		}
		return out;
	}

	private static final class DeadlineException extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private record Deadline(long at) implements DiffAlgorithmListener {
		@Override
		public void diffStart() {
		}

		@Override
		public void diffStep(int value, int max) {
			if (System.nanoTime() > at) {
				throw new DeadlineException();
			}
		}

		@Override
		public void diffEnd() {
		}
	}
}
