package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.BaseComparison;
import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.SentenceFate;
import org.duizhao.compare.core.SentenceLink;
import org.duizhao.text.core.TextRange;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Runs one comparison per other text with the base as A and reads each base sentence's fate from
 * the sentence links.
 */
public final class BaseComparer {

	private BaseComparer() {
	}

	/** See {@code Comparer#compareWithBase}; arguments checked except the name count. */
	public static BaseComparison compare(CompareSide base, List<CompareSide> others, List<String> names,
			CompareOptions options, IProgressMonitor monitor) {
		if (others.size() != names.size()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Base_names, others.size(), names.size()));
		}
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.CompareBase_task, others.size()),
				others.size());
		Units units = Units.of(base.text().length(), base.sentences());
		SentenceFate[][] fates = new SentenceFate[units.count()][others.size()];
		List<CompareResult> results = new ArrayList<>();
		for (int column = 0; column < others.size(); column++) {
			CompareResult result = DiffEngine.compare(base, others.get(column), options, sub.split(1));
			results.add(result);
			for (SentenceLink link : result.links()) {
				if (link.a() >= 0) {
					fates[link.a()][column] = SentenceFate.of(link);
				}
			}
		}
		return new BaseComparison(base, rows(base, units), names, results, fates);
	}

	private static List<TextRange> rows(CompareSide base, Units units) {
		List<TextRange> rows = new ArrayList<>(units.count());
		for (int k = 0; k < units.count(); k++) {
			TextRange r = base.sentences().isEmpty() ? new TextRange(units.start(k), units.end(k))
					: base.sentences().get(k);
			int[] o = base.text().toOriginal(r.start(), r.end());
			rows.add(new TextRange(o[0], o[1]));
		}
		return rows;
	}
}
