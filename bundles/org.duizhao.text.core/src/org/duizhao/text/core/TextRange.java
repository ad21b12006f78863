package org.duizhao.text.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices in some text.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code >= start}
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {

	/** Checks the bounds. */
	public TextRange {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad range " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return {@code end - start} */
	public int length() {
		return end - start;
	}

	/** @return whether the range is empty */
	public boolean isEmpty() {
		return start == end;
	}

	/** @return whether {@code index} lies inside the range */
	public boolean contains(int index) {
		return index >= start && index < end;
	}

	/** @return whether the two ranges share at least one index */
	public boolean overlaps(TextRange other) {
		return start < other.end && other.start < end;
	}

	/** @return the text of this range in {@code text} */
	public String of(CharSequence text) {
		return text.subSequence(start, end).toString();
	}

	@Override
	public int compareTo(TextRange o) {
		return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
	}
}
