package org.duizhao.annotations.core.internal.anchor;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.anchor.AnchorOutcome;
import org.duizhao.annotations.core.anchor.ReanchorOptions;
import org.duizhao.annotations.core.anchor.VersionText;

/**
 * Places annotations of an old version on a new one, each in the first way that is safe: through
 * the equal stretches of the comparison, by the quote, by a fuzzy match; else it is kept where it
 * was and marked unanchored. Every placement is checked against the new text before it is taken.
 * A fuzzy match far from the expected place is looked for only when the passage has no look-alike
 * in its own version: formulaic texts repeat their sentences, and an edited copy elsewhere is
 * another passage.
 */
public final class Placer {

	/** Characters of other old text a fuzzy match may always take in at its ends. */
	private static final int FOREIGN_LEEWAY = 2;

	private final VersionText from;
	private final VersionText to;
	private final Offsets oldIndex;
	private final Offsets newIndex;
	private final EqualStretches stretches;
	private final QuoteFinder quotes;
	private final FuzzyFinder fuzzy;
	private final ReanchorOptions options;
	private FuzzyFinder oldFuzzy;

	/**
	 * @param stretches the equal stretches of the comparison of {@code from} with {@code to}
	 */
	public Placer(VersionText from, VersionText to, EqualStretches stretches, ReanchorOptions options) {
		this.from = from;
		this.to = to;
		this.oldIndex = Offsets.of(from.text());
		this.newIndex = Offsets.of(to.text());
		this.stretches = stretches;
		int[] cps = to.text().codePoints().toArray();
		GramIndex grams = new GramIndex(cps);
		this.quotes = new QuoteFinder(to.text(), newIndex, grams);
		this.fuzzy = new FuzzyFinder(cps, grams, options.fuzzyThreshold(), options.fuzzyMargin());
		this.options = options;
	}

	/** @return where {@code a} goes on the new version */
	public AnchorOutcome place(Annotation a) {
		String exact = a.quote().exact();
		int hint;
		int hintEnd = -1;
		Predicate<FuzzyFinder.Match> own = m -> true;
		BooleanSupplier elsewhere = () -> true;
		if (positionHolds(a)) {
			int s = oldIndex.toUtf16(a.start());
			int e = oldIndex.toUtf16(a.end());
			int mapped = stretches.mapExact(s, e);
			if (mapped >= 0 && holds(mapped, exact)) {
				return placed(a, mapped, Anchoring.EXACT, 1);
			}
			hint = stretches.approximate(s);
			hintEnd = newIndex.toCodePoint(stretches.approximate(e));
			own = m -> isOwn(m, s, e);
			elsewhere = () -> !oldFuzzy().hasLookalike(exact.codePoints().toArray(), a.start(), a.end());
		} else {
			// the position names another version: only the quote can say where the passage is
			long scaled = (long) Math.min(a.start(), oldIndex.codePointLength()) * to.text().length();
			hint = (int) (scaled / Math.max(1, oldIndex.codePointLength()));
		}
		int at = quotes.find(a.quote(), hint);
		if (at >= 0 && holds(at, exact)) {
			return placed(a, at, Anchoring.QUOTE, 1);
		}
		FuzzyFinder.Match m = fuzzy.find(exact.codePoints().toArray(), newIndex.toCodePoint(hint), hintEnd, own,
				elsewhere);
		if (m != null) {
			return new AnchorOutcome(a, moved(a, m.start(), m.end(), Anchoring.FUZZY), m.similarity());
		}
		Annotation kept = a.anchoring() == Anchoring.UNANCHORED ? a
				: a.withPosition(a.version(), a.start(), a.end(), a.quote(), Anchoring.UNANCHORED);
		return new AnchorOutcome(a, kept, 0);
	}

	/**
	 * @return whether a fuzzy match is the passage's own text, as far as the comparison can tell: at
	 *         most a twentieth of it (and always {@value #FOREIGN_LEEWAY} characters) is text that the
	 *         comparison places elsewhere in the old version, and it holds at least half of the
	 *         passage's characters that the comparison carried over unchanged
	 */
	private boolean isOwn(FuzzyFinder.Match m, int oldStart, int oldEnd) {
		int from = newIndex.toUtf16(m.start());
		int to = newIndex.toUtf16(m.end());
		if (stretches.foreign(from, to, oldStart, oldEnd) > Math.max(FOREIGN_LEEWAY, (to - from) / 20)) {
			return false;
		}
		int[] carried = stretches.carried(oldStart, oldEnd, from, to);
		return 2 * carried[1] >= carried[0];
	}

	/** @return the fuzzy search over the old text, made on first use */
	private FuzzyFinder oldFuzzy() {
		if (oldFuzzy == null) {
			oldFuzzy = new FuzzyFinder(from.text().codePoints().toArray(), options.fuzzyThreshold(),
					options.fuzzyMargin());
		}
		return oldFuzzy;
	}

	/** @return whether {@code a} names the old version and its position holds its quote there */
	private boolean positionHolds(Annotation a) {
		if (a.version() != from.number() || a.end() > oldIndex.codePointLength()) {
			return false;
		}
		int s = oldIndex.toUtf16(a.start());
		int e = oldIndex.toUtf16(a.end());
		return e - s == a.quote().exact().length() && from.text().startsWith(a.quote().exact(), s);
	}

	/** @return whether the new text holds {@code exact} at UTF-16 {@code at}, on code point boundaries */
	private boolean holds(int at, String exact) {
		int end = at + exact.length();
		return to.text().startsWith(exact, at) && boundary(at) && boundary(end);
	}

	private boolean boundary(int utf16) {
		return newIndex.isBoundary(utf16);
	}

	private AnchorOutcome placed(Annotation a, int utf16Start, Anchoring how, double similarity) {
		int start = newIndex.toCodePoint(utf16Start);
		int end = newIndex.toCodePoint(utf16Start + a.quote().exact().length());
		return new AnchorOutcome(a, moved(a, start, end, how), similarity);
	}

	private Annotation moved(Annotation a, int start, int end, Anchoring how) {
		return a.withPosition(to.number(), start, end, quote(start, end), how);
	}

	/** As {@link TextQuote#of}, with this text's index instead of a new one per annotation. */
	private TextQuote quote(int start, int end) {
		String text = to.text();
		int s = newIndex.toUtf16(start);
		int e = newIndex.toUtf16(end);
		int ps = newIndex.toUtf16(Math.max(0, start - TextQuote.CONTEXT));
		int se = newIndex.toUtf16(Math.min(newIndex.codePointLength(), end + TextQuote.CONTEXT));
		return new TextQuote(text.substring(s, e), text.substring(ps, s), text.substring(e, se));
	}
}
