package org.duizhao.text.core.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Chooses among candidate charsets for bytes that are neither marked nor valid UTF-8: each
 * candidate (GB18030, Big5, Big5-HKSCS, UTF-8 with errors, UTF-16LE/BE) is decoded strictly and
 * scored by {@link Plausibility}. When no candidate is convincing (clean, plausible and well ahead),
 * ICU's {@code CharsetDetector} is consulted: its matches join the candidates (so non-Chinese
 * charsets such as windows-1252 or Shift_JIS can win) and its guess adds a small bonus, enough to
 * break ties but not to overrule the text itself.
 */
final class CandidateRanking {

	private static final double ICU_BONUS = 0.05;
	/** Bytes judged per candidate (even, so UTF-16 pairs stay whole). */
	static final int SAMPLE = 8 * 1024;
	private static final double CONVINCING = 0.85;

	private CandidateRanking() {
	}

	private record Candidate(String charset, StrictDecoding decoding, double score, int significant) {
	}

	static DecodedText best(byte[] bytes, StrictDecoding utf8) {
		// candidates are judged on a sample; a wrong charset shows itself within a few kilobytes
		boolean sampled = bytes.length > SAMPLE;
		byte[] sample = sampled ? Arrays.copyOf(bytes, SAMPLE) : bytes;
		StrictDecoding utf8Sample = sampled ? null : utf8;
		List<Candidate> ranked = rank(sample, utf8Sample, candidateNames(bytes, new CharsetMatch[0]), null);
		if (!isConvincing(ranked)) {
			// ICU is slow (n-gram statistics for every charset it knows): asked only when in doubt
			CharsetMatch[] icu = icuMatches(sample);
			ranked = rank(sample, utf8Sample, candidateNames(bytes, icu), icu);
		}
		Candidate first = ranked.get(0);
		Candidate second = secondDistinct(ranked, first);
		StrictDecoding whole = !sampled ? first.decoding
				: Charsets.UTF_8.equals(first.charset) ? utf8 : StrictDecoding.run(bytes, 0, Charsets.lookup(first.charset));
		return new DecodedText(whole.text(), first.charset, confidence(first, second), 0, whole.malformed());
	}

	private static List<Candidate> rank(byte[] sample, StrictDecoding utf8, Set<String> names, CharsetMatch[] icu) {
		List<Candidate> ranked = new ArrayList<>();
		for (String name : names) {
			StrictDecoding d = Charsets.UTF_8.equals(name) && utf8 != null ? utf8
					: StrictDecoding.run(sample, 0, Charsets.lookup(name));
			Plausibility.Score s = Plausibility.of(d.text(), d.malformed());
			double bonus = icu == null ? 0 : icuBonus(name, icu);
			ranked.add(new Candidate(name, d, s.value() + bonus, s.significant()));
		}
		ranked.sort((a, b) -> Double.compare(b.score, a.score));
		return ranked;
	}

	/** A clean, plausible winner well ahead of every differing runner-up needs no second opinion. */
	private static boolean isConvincing(List<Candidate> ranked) {
		Candidate first = ranked.get(0);
		Candidate second = secondDistinct(ranked, first);
		return first.decoding.malformed() == 0 && first.score >= CONVINCING && first.significant >= 20
				&& (second == null || first.score - second.score >= 0.25);
	}

	private static Set<String> candidateNames(byte[] bytes, CharsetMatch[] icu) {
		Set<String> names = new LinkedHashSet<>();
		names.add(Charsets.GB18030);
		names.add(Charsets.BIG5);
		names.add(Charsets.BIG5_HKSCS);
		names.add(Charsets.UTF_8);
		if (bytes.length % 2 == 0) {
			names.add(Charsets.UTF_16LE);
			names.add(Charsets.UTF_16BE);
		}
		for (CharsetMatch m : icu) {
			if (m.getConfidence() >= 10 && Charsets.isSupported(m.getName())) {
				names.add(Charsets.canonical(m.getName()));
			}
		}
		return names;
	}

	private static CharsetMatch[] icuMatches(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		CharsetMatch[] all = detector.detectAll();
		return all == null ? new CharsetMatch[0] : all;
	}

	private static double icuBonus(String name, CharsetMatch[] icu) {
		for (CharsetMatch m : icu) {
			if (Charsets.isSupported(m.getName()) && Charsets.canonical(m.getName()).equals(name)) {
				return ICU_BONUS * m.getConfidence() / 100.0;
			}
		}
		return 0;
	}

	/** Big5 and Big5-HKSCS often decode to the same text: that is agreement, not competition. */
	private static Candidate secondDistinct(List<Candidate> ranked, Candidate first) {
		for (Candidate c : ranked) {
			if (c != first && !c.decoding.text().equals(first.decoding.text())) {
				return c;
			}
		}
		return null;
	}

	/** High when the winner is plausible, long enough to judge and clearly ahead of the runner-up. */
	private static int confidence(Candidate first, Candidate second) {
		double value = Math.min(1, first.score);
		double lengthFactor = Math.min(1, 0.5 + first.significant / 40.0);
		double confidence = 100 * value * lengthFactor;
		if (second != null) {
			double margin = first.score - second.score;
			confidence -= Math.max(0, 0.25 - margin) * 100;
		}
		return (int) Math.round(Math.max(0, Math.min(99, confidence)));
	}
}
