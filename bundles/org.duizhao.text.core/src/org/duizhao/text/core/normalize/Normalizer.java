package org.duizhao.text.core.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.duizhao.text.core.normalize.internal.PinyinGlossStep;
import org.duizhao.text.core.normalize.internal.PunctuationStep;
import org.duizhao.text.core.normalize.internal.RangeDropStep;
import org.duizhao.text.core.normalize.internal.ScriptStep;
import org.duizhao.text.core.normalize.internal.VariantStep;
import org.duizhao.text.core.normalize.internal.WhitespaceStep;
import org.duizhao.text.core.normalize.internal.WidthStep;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Builds the normalized view of a text for comparison. Each {@link NormalizeOption} in the
 * ignore set switches on one step; steps run in a fixed order (boilerplate, pinyin, width,
 * whitespace, punctuation, variants, script) so that each sees what the one before left.
 * Whitespace is collapsed when {@link NormalizeOption#WIDTH} is ignored and dropped when
 * {@link NormalizeOption#WHITESPACE} is; with an empty set the view is the original.
 * <p>
 * Instances are immutable and thread-safe; the data tables load once, on first use.
 */
public final class Normalizer {

	private final ScriptTarget target;
	private final LookalikeTable lookalikes;
	private final Marks marks;

	private Normalizer(Builder builder) {
		this.target = builder.target;
		this.lookalikes = builder.lookalikes;
		this.marks = new Marks(builder.rules);
	}

	/** @return a normalizer with the defaults: simplified target, default rules, no project table */
	public static Normalizer standard() {
		return builder().build();
	}

	/** @return a builder starting from the defaults */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @param original the decoded text, never {@code null}
	 * @param ignore what to ignore, never {@code null}
	 * @return the view with its map to {@code original}, never {@code null}
	 */
	public NormalizedText normalize(String original, Set<NormalizeOption> ignore) {
		return run(original, ignore, FoldLog.discarding(), null);
	}

	/**
	 * As {@link #normalize(String, Set)}, also reporting every fold, and checking for cancel
	 * between steps.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled
	 */
	public NormalizationResult normalizeWithFolds(String original, Set<NormalizeOption> ignore,
			IProgressMonitor monitor) {
		FoldLog log = FoldLog.recording();
		NormalizedText text = run(original, ignore, log, monitor);
		return new NormalizationResult(text, log.folds());
	}

	/** @return the marks of {@code original} under this normalizer's boilerplate rules */
	public TextMarks marks(String original) {
		return marks.analyze(original);
	}

	/** @return the steps that {@code ignore} switches on, in the order they run */
	public List<NormalizationStep> steps(String original, Set<NormalizeOption> ignore) {
		List<NormalizationStep> steps = new ArrayList<>();
		if (ignore.contains(NormalizeOption.BOILERPLATE)) {
			List<BoilerplateMark> found = marks.boilerplate(original);
			steps.add(new RangeDropStep(found.stream().map(BoilerplateMark::range).toList(), FoldReason.BOILERPLATE));
		}
		if (ignore.contains(NormalizeOption.PINYIN)) {
			steps.add(new PinyinGlossStep());
		}
		if (ignore.contains(NormalizeOption.WIDTH)) {
			steps.add(new WidthStep());
		}
		if (ignore.contains(NormalizeOption.WIDTH) || ignore.contains(NormalizeOption.WHITESPACE)) {
			steps.add(new WhitespaceStep(ignore.contains(NormalizeOption.WHITESPACE)));
		}
		if (ignore.contains(NormalizeOption.PUNCTUATION)) {
			steps.add(new PunctuationStep());
		}
		if (ignore.contains(NormalizeOption.VARIANTS)) {
			steps.add(new VariantStep(lookalikes));
		}
		if (ignore.contains(NormalizeOption.SCRIPT)) {
			steps.add(new ScriptStep(target));
		}
		return steps;
	}

	private NormalizedText run(String original, Set<NormalizeOption> ignore, FoldLog log, IProgressMonitor monitor) {
		Objects.requireNonNull(original, "original"); //$NON-NLS-1$
		Objects.requireNonNull(ignore, "ignore"); //$NON-NLS-1$
		List<NormalizationStep> steps = steps(original, ignore);
		SubMonitor progress = monitor == null ? null : SubMonitor.convert(monitor, steps.size());
		NormalizedText view = NormalizedText.identity(original);
		for (NormalizationStep step : steps) {
			if (progress != null) {
				progress.split(1);
			}
			view = step.apply(view, log);
		}
		return view;
	}

	/** Configures a {@link Normalizer}; not thread-safe. */
	public static final class Builder {
		private ScriptTarget target = ScriptTarget.SIMPLIFIED;
		private BoilerplateRules rules;
		private LookalikeTable lookalikes = LookalikeTable.empty();

		private Builder() {
		}

		/** @param target the script to fold to, never {@code null} */
		public Builder target(ScriptTarget target) {
			this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
			return this;
		}

		/** @param rules boilerplate rules, never {@code null}; default {@link BoilerplateRules#defaults()} */
		public Builder boilerplateRules(BoilerplateRules rules) {
			this.rules = Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
			return this;
		}

		/** @param table the project's look-alike table, never {@code null} */
		public Builder lookalikes(LookalikeTable table) {
			this.lookalikes = Objects.requireNonNull(table, "table"); //$NON-NLS-1$
			return this;
		}

		/** @return the normalizer */
		public Normalizer build() {
			if (rules == null) {
				rules = BoilerplateRules.defaults();
			}
			return new Normalizer(this);
		}
	}
}
