package org.duizhao.annotations.core.anchor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.internal.anchor.EqualStretches;
import org.duizhao.annotations.core.internal.anchor.Messages;
import org.duizhao.annotations.core.internal.anchor.Placer;
import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Comparer;
import org.duizhao.compare.core.Granularity;
import org.duizhao.compare.core.SideBuilder;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Carries annotations made on one text version of a document over to another version. Pure: no
 * store, no files; {@link DocumentVersioning} applies it to a project.
 * <p>
 * Each annotation is placed in the first of these ways that is safe:
 * <ol>
 * <li>{@code EXACT}: the two versions are compared with nothing ignored (the compare engine, with
 * moves), and a passage whose characters all lie in equal or moved stretches that follow each
 * other without a gap in the new text is mapped through them;</li>
 * <li>{@code QUOTE}: its exact text occurs in the new text, once with agreeing context, or several
 * times with one occurrence's prefix and suffix clearly agreeing best;</li>
 * <li>{@code FUZZY}: the most similar passage, near the expected place or (by shared trigrams)
 * elsewhere, is at least {@link ReanchorOptions#fuzzyThreshold()} similar and clearly better than
 * any other;</li>
 * <li>else {@code UNANCHORED}: it keeps its old version, position and quote for the researcher to
 * re-attach or delete.</li>
 * </ol>
 * An annotation is never attached to a passage that is not its own text or an edited form of it:
 * ambiguous cases are left unanchored and counted.
 *
 * @since 0.1
 */
public final class Reanchorer {

	private Reanchorer() {
	}

	/**
	 * Re-anchors annotations of version {@code from} onto version {@code to}. Annotations naming
	 * another version (kept unanchored from an earlier re-anchoring) are placed by their quote only.
	 *
	 * @param from the old version, not {@code null}
	 * @param to the new version, not {@code null}
	 * @param annotations the annotations to place, not {@code null}
	 * @param options not {@code null}; see {@link ReanchorOptions#defaults()}
	 * @param monitor progress and cancel, may be {@code null}
	 * @return one outcome per annotation in the order given, and the counts
	 * @throws OperationCanceledException if the monitor is cancelled
	 */
	public static ReanchorResult reanchor(VersionText from, VersionText to, List<Annotation> annotations,
			ReanchorOptions options, IProgressMonitor monitor) {
		Objects.requireNonNull(from, "from"); //$NON-NLS-1$
		Objects.requireNonNull(to, "to"); //$NON-NLS-1$
		Objects.requireNonNull(annotations, "annotations"); //$NON-NLS-1$
		Objects.requireNonNull(options, "options"); //$NON-NLS-1$
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Reanchor_task, 100);
		if (annotations.isEmpty()) {
			return ReanchorResult.NONE;
		}
		sub.subTask(Messages.Reanchor_compare);
		EqualStretches stretches = EqualStretches.of(compare(from.text(), to.text(), sub.split(60)));
		Placer placer = new Placer(from, to, stretches, options);
		SubMonitor each = sub.split(40).setWorkRemaining(annotations.size());
		List<AnchorOutcome> out = new ArrayList<>(annotations.size());
		for (Annotation a : annotations) {
			each.split(1);
			out.add(placer.place(a));
		}
		return ReanchorResult.of(out);
	}

	/** As {@link #reanchor(VersionText, VersionText, List, ReanchorOptions, IProgressMonitor)} with the defaults. */
	public static ReanchorResult reanchor(VersionText from, VersionText to, List<Annotation> annotations) {
		return reanchor(from, to, annotations, ReanchorOptions.defaults(), null);
	}

	/** Compares the two original texts with nothing ignored, so that equal means identical. */
	private static CompareResult compare(String oldText, String newText, IProgressMonitor monitor) {
		SideBuilder sides = new SideBuilder(Normalizer.standard());
		EnumSet<NormalizeOption> nothing = EnumSet.noneOf(NormalizeOption.class);
		CompareSide a = sides.build(oldText, nothing, Granularity.CHAR);
		CompareSide b = sides.build(newText, nothing, Granularity.CHAR);
		return Comparer.compare(a, b, CompareOptions.defaults(), monitor);
	}
}
