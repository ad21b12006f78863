package org.duizhao.compare.core.internal;

import java.util.List;
import java.util.Map;

import org.duizhao.text.core.TextRange;

/**
 * The sentence units of one normalized text: unit {@code k} runs from sentence {@code k}'s start
 * to sentence {@code k + 1}'s start, so that the units cover the whole text (text between
 * sentences is compared with the sentence before it, the text before the first with the first).
 */
public final class Units {

	private final int[] bounds;

	private Units(int[] bounds) {
		this.bounds = bounds;
	}

	/** @return the units of a text of {@code length} units with the given (checked) sentences */
	public static Units of(int length, List<TextRange> sentences) {
		if (sentences.isEmpty()) {
			return new Units(length == 0 ? new int[] { 0 } : new int[] { 0, length });
		}
		int[] bounds = new int[sentences.size() + 1];
		for (int k = 1; k < sentences.size(); k++) {
			bounds[k] = sentences.get(k).start();
		}
		bounds[sentences.size()] = length;
		return new Units(bounds);
	}

	/** @return the number of units */
	public int count() {
		return bounds.length - 1;
	}

	/** @return where unit {@code k} starts; {@code start(count())} is the text length */
	public int start(int k) {
		return bounds[k];
	}

	/** @return where unit {@code k} ends */
	public int end(int k) {
		return bounds[k + 1];
	}

	/** @return the unit holding normalized index {@code index} (the last unit for the text end) */
	public int unitAt(int index) {
		int lo = 0;
		int hi = count() - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (bounds[mid] <= index) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	/** @return the length of each unit, the weights of the sentence alignment */
	public int[] lengths() {
		int[] out = new int[count()];
		for (int k = 0; k < out.length; k++) {
			out[k] = end(k) - start(k);
		}
		return out;
	}

	/** @return an id per unit, equal ids for equal unit texts, drawn from {@code dictionary} */
	public int[] ids(String text, Map<String, Integer> dictionary) {
		int[] out = new int[count()];
		for (int k = 0; k < out.length; k++) {
			String key = text.substring(start(k), end(k));
			out[k] = dictionary.computeIfAbsent(key, s -> dictionary.size());
		}
		return out;
	}
}
