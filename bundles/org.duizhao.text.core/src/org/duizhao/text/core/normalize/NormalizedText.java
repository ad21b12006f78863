package org.duizhao.text.core.normalize;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalized view of an original text together with an exact map back to it.
 * <p>
 * Normalization never rewrites the original. Each UTF-16 unit of {@link #text()} knows the range
 * of the original (UTF-16 indices, end exclusive) it stands for; characters left out of the view
 * (pinyin glosses, folded whitespace) simply have no unit in it. Ranges are non-decreasing, so a
 * range of the view maps to one contiguous range of the original.
 * <p>
 * Instances are immutable. Build them with {@link Builder}; chain steps with
 * {@link #identity(String)} as the start and {@link Builder#from(NormalizedText)} for each step, so
 * that every step's map is composed with the one before it.
 */
public final class NormalizedText {

	private final String original;
	private final String text;
	private final int[] starts;
	private final int[] ends;

	private NormalizedText(String original, String text, int[] starts, int[] ends) {
		this.original = original;
		this.text = text;
		this.starts = starts;
		this.ends = ends;
	}

	/** @return the view of {@code original} that changes nothing */
	public static NormalizedText identity(String original) {
		Objects.requireNonNull(original, "original"); //$NON-NLS-1$
		int n = original.length();
		int[] s = new int[n];
		int[] e = new int[n];
		for (int i = 0; i < n; i++) {
			s[i] = i;
			e[i] = i + 1;
		}
		return new NormalizedText(original, original, s, e);
	}

	/** @return the original text, as decoded */
	public String original() {
		return original;
	}

	/** @return the normalized text */
	public String text() {
		return text;
	}

	/** @return the length of the normalized text in UTF-16 units */
	public int length() {
		return text.length();
	}

	/** @return the original start (UTF-16, inclusive) of normalized unit {@code index} */
	public int originalStart(int index) {
		return starts[index];
	}

	/** @return the original end (UTF-16, exclusive) of normalized unit {@code index} */
	public int originalEnd(int index) {
		return ends[index];
	}

	/**
	 * Maps a normalized range to the original range it stands for.
	 *
	 * @param start normalized start, inclusive
	 * @param end normalized end, exclusive; {@code start == end} maps to an empty original range at
	 *            the position where the normalized gap lies
	 * @return {@code {originalStart, originalEnd}} in UTF-16 indices of {@link #original()}
	 */
	public int[] toOriginal(int start, int end) {
		if (start < 0 || end > text.length() || start > end) {
			throw new IndexOutOfBoundsException("range " + start + ".." + end + " outside 0.." + text.length()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (start == end) {
			int at = originalPosition(start);
			return new int[] { at, at };
		}
		return new int[] { starts[start], ends[end - 1] };
	}

	/** @return the original position (UTF-16) of the gap before normalized index {@code index} */
	public int originalPosition(int index) {
		if (index < text.length()) {
			return starts[index];
		}
		return text.isEmpty() ? original.length() : Math.max(ends[text.length() - 1], 0);
	}

	/**
	 * Builds the next view: each appended piece of text names the range of the <em>previous</em>
	 * view it replaces; {@link #build()} composes that with the previous view's own map.
	 */
	public static final class Builder {
		private final NormalizedText previous;
		private final StringBuilder text;
		private int[] starts;
		private int[] ends;
		private int size;

		private Builder(NormalizedText previous) {
			this.previous = previous;
			int capacity = Math.max(16, previous.length());
			this.text = new StringBuilder(capacity);
			this.starts = new int[capacity];
			this.ends = new int[capacity];
		}

		/** @return a builder for a view derived from {@code previous} */
		public static Builder from(NormalizedText previous) {
			return new Builder(Objects.requireNonNull(previous, "previous")); //$NON-NLS-1$
		}

		/** Keeps unit {@code index} of the previous view unchanged. */
		public Builder keep(int index) {
			return put(previous.text.charAt(index), previous.starts[index], previous.ends[index]);
		}

		/** Keeps units {@code start..end} of the previous view unchanged. */
		public Builder keep(int start, int end) {
			for (int i = start; i < end; i++) {
				keep(i);
			}
			return this;
		}

		/**
		 * Writes {@code replacement} in place of previous units {@code start..end} (exclusive).
		 * Every unit of the replacement maps to the whole replaced range; an empty replacement
		 * drops the range from the view.
		 */
		public Builder replace(int start, int end, CharSequence replacement) {
			if (replacement.length() == 0) {
				return this;
			}
			int os = start < previous.length() ? previous.starts[start] : previous.originalPosition(start);
			int oe = end > start ? previous.ends[end - 1] : os;
			for (int i = 0; i < replacement.length(); i++) {
				put(replacement.charAt(i), os, oe);
			}
			return this;
		}

		/** Leaves previous units {@code start..end} out of the view. */
		public Builder drop(int start, int end) {
			return this;
		}

		private Builder put(char c, int originalStart, int originalEnd) {
			if (size == starts.length) {
				starts = Arrays.copyOf(starts, size * 2);
				ends = Arrays.copyOf(ends, size * 2);
			}
			text.append(c);
			starts[size] = originalStart;
			ends[size] = originalEnd;
			size++;
			return this;
		}

		/** @return the new view, mapped to the original text */
		public NormalizedText build() {
			return new NormalizedText(previous.original, text.toString(), Arrays.copyOf(starts, size),
					Arrays.copyOf(ends, size));
		}
	}
}
