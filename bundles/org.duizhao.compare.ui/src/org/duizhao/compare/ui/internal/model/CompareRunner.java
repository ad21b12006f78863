package org.duizhao.compare.ui.internal.model;

import java.util.List;

import org.duizhao.compare.core.BaseComparison;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Comparer;
import org.duizhao.compare.core.SideBuilder;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Normalizes, segments and compares texts in one call, with progress and cancel: the small
 * runnable the UI's jobs and the CLI share. UI-free.
 */
public final class CompareRunner {

	private final SideBuilder sides;

	/** @param sides never {@code null} */
	public CompareRunner(SideBuilder sides) {
		this.sides = sides;
	}

	/** @return a runner with the standard normalizer */
	public static CompareRunner standard() {
		return new CompareRunner(SideBuilder.standard());
	}

	/**
	 * @param a original text A, never {@code null}
	 * @param b original text B, never {@code null}
	 * @param settings never {@code null}
	 * @param monitor may be {@code null}
	 * @return the result, never {@code null}
	 * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled
	 */
	public CompareResult compare(String a, String b, CompareSettings settings, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		CompareSide sideA = sides.build(a, settings.ignore(), settings.granularity());
		progress.split(2);
		CompareSide sideB = sides.build(b, settings.ignore(), settings.granularity());
		progress.split(2);
		return Comparer.compare(sideA, sideB, settings.options(), progress.split(6));
	}

	/**
	 * @param base original text of the base, never {@code null}
	 * @param others original texts of the others, never {@code null}
	 * @param names one column name per other text
	 * @param settings never {@code null}
	 * @param monitor may be {@code null}
	 * @return the table, never {@code null}
	 */
	public BaseComparison compareWithBase(String base, List<String> others, List<String> names,
			CompareSettings settings, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, others.size() + 1 + 4 * others.size());
		CompareSide baseSide = sides.build(base, settings.ignore(), settings.granularity());
		progress.split(1);
		List<CompareSide> otherSides = new java.util.ArrayList<>();
		for (String other : others) {
			otherSides.add(sides.build(other, settings.ignore(), settings.granularity()));
			progress.split(1);
		}
		return Comparer.compareWithBase(baseSide, otherSides, names, settings.options(),
				progress.split(4 * others.size()));
	}
}
