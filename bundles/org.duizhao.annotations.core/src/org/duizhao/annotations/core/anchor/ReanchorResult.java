package org.duizhao.annotations.core.anchor;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;

/**
 * The outcome of re-anchoring a document's annotations onto a new version.
 *
 * @param outcomes one per annotation, in the order given, never {@code null}
 * @param counts their counts, never {@code null}
 * @since 0.1
 */
public record ReanchorResult(List<AnchorOutcome> outcomes, ReanchorCounts counts) {

	/** An empty result. */
	public static final ReanchorResult NONE = new ReanchorResult(List.of(), ReanchorCounts.NONE);

	/** Copies the list. */
	public ReanchorResult {
		outcomes = List.copyOf(outcomes);
	}

	/** @return a result counting {@code outcomes} */
	public static ReanchorResult of(List<AnchorOutcome> outcomes) {
		return new ReanchorResult(outcomes, ReanchorCounts.of(outcomes));
	}

	/** @return both results together */
	public ReanchorResult plus(ReanchorResult other) {
		List<AnchorOutcome> all = new ArrayList<>(outcomes);
		all.addAll(other.outcomes);
		return new ReanchorResult(all, counts.plus(other.counts));
	}

	/** @return the annotations to write to the store (those that changed) */
	public List<Annotation> changed() {
		return outcomes.stream().filter(AnchorOutcome::changed).map(AnchorOutcome::after).toList();
	}
}
