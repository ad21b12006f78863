package org.duizhao.analysis.core;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.duizhao.analysis.core.internal.PassageFinder;
import org.duizhao.analysis.core.internal.PassageParts;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Parallel passages of two related texts: passage pairs whose content overlaps despite rewording,
 * insertions, deletions and reordering, each scored 0–1. Each text keeps its own order; a passage
 * of one may pair with a passage anywhere in the other.
 */
public final class ParallelPassages {

	/** The lowest score kept unless told otherwise. */
	public static final double DEFAULT_MIN_SCORE = 0.5;
	/** The fewest aligned Han characters in a passage unless told otherwise. */
	public static final int DEFAULT_MIN_LENGTH = 12;

	private final Normalizer normalizer;

	/** @param normalizer how to normalize both texts, not {@code null} */
	public ParallelPassages(Normalizer normalizer) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
	}

	/**
	 * @param a the first original text
	 * @param b the second original text
	 * @param ignore what to fold (e.g. {@link SharedFormulas#DEFAULT_IGNORE})
	 * @param minScore the lowest score kept, 0–1
	 * @param minLength the fewest aligned Han characters
	 * @param monitor progress and cancel, may be {@code null}
	 * @return the passages in the order of the first text; offsets are code points of the originals
	 */
	public List<ParallelPassage> find(String a, String b, Set<NormalizeOption> ignore, double minScore, int minLength,
			IProgressMonitor monitor) {
		return find(normalizer.normalize(a, ignore), normalizer.normalize(b, ignore), minScore, minLength, monitor);
	}

	/** The same on texts already normalized. */
	public List<ParallelPassage> find(NormalizedText a, NormalizedText b, double minScore, int minLength,
			IProgressMonitor monitor) {
		return new PassageFinder(minScore, minLength).find(a, b, monitor);
	}

	/**
	 * The stretches the two passages of {@code passage} share word for word (runs of three or more
	 * Han characters of the normalized texts), for shading what was kept.
	 *
	 * @param a the first original text, as given to {@link #find}
	 * @param b the second original text
	 * @param passage a passage of {@code a} and {@code b}
	 * @param ignore what to fold, as given to {@link #find}
	 * @return the shared stretches in code points of the whole original texts
	 * @since 0.1
	 */
	public SharedParts sharedParts(String a, String b, ParallelPassage passage, Set<NormalizeOption> ignore) {
		String pa = slice(a, passage.a());
		String pb = slice(b, passage.b());
		List<List<Span>> marks = PassageParts.mark(normalizer.normalize(pa, ignore), normalizer.normalize(pb, ignore),
				passage.a().start(), passage.b().start());
		return new SharedParts(marks.get(0), marks.get(1));
	}

	private static String slice(String text, Span span) {
		return text.substring(CodePoints.toUtf16(text, span.start()), CodePoints.toUtf16(text, span.end()));
	}
}
