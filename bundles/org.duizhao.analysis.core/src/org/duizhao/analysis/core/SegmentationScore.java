package org.duizhao.analysis.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.duizhao.text.core.TextRange;

/**
 * How well a word segmenter agrees with a hand-segmented text: precision, recall and F1 of word
 * spans (a word counts when both its ends agree), summed over sentences.
 *
 * @param gold words in the reference
 * @param found words the segmenter gave
 * @param correct words whose span is in both
 */
public record SegmentationScore(long gold, long found, long correct) {

	/** @return correct / found */
	public double precision() {
		return found == 0 ? 0 : correct / (double) found;
	}

	/** @return correct / gold */
	public double recall() {
		return gold == 0 ? 0 : correct / (double) gold;
	}

	/** @return the harmonic mean of precision and recall */
	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/**
	 * Scores a segmenter on reference sentences.
	 *
	 * @param sentences one sentence per element, its words separated by single spaces
	 * @param segmenter gives the word ranges (UTF-16) of a text; characters left out of every range
	 *            (spaces, punctuation) are taken as one-character words, as the reference has them
	 */
	public static SegmentationScore of(List<String> sentences, Function<String, List<TextRange>> segmenter) {
		long gold = 0;
		long found = 0;
		long correct = 0;
		for (String line : sentences) {
			if (line.isBlank()) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			Set<Long> reference = new HashSet<>();
			for (String word : line.trim().split(" +")) { //$NON-NLS-1$
				int start = text.length();
				text.append(word);
				reference.add(span(start, text.length()));
			}
			Set<Long> given = spans(text.toString(), segmenter.apply(text.toString()));
			gold += reference.size();
			found += given.size();
			given.retainAll(reference);
			correct += given.size();
		}
		return new SegmentationScore(gold, found, correct);
	}

	private static Set<Long> spans(String text, List<TextRange> words) {
		Set<Long> out = new HashSet<>();
		int covered = 0;
		for (TextRange w : words) {
			for (int i = covered; i < w.start(); i = text.offsetByCodePoints(i, 1)) {
				out.add(span(i, text.offsetByCodePoints(i, 1)));
			}
			out.add(span(w.start(), w.end()));
			covered = w.end();
		}
		for (int i = covered; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			out.add(span(i, text.offsetByCodePoints(i, 1)));
		}
		return out;
	}

	private static long span(int start, int end) {
		return ((long) start << 32) | end;
	}
}
