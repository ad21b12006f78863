package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;

import org.duizhao.analysis.core.corpus.ReuseLink;
import org.duizhao.analysis.core.corpus.ReuseReport;

/**
 * Writes a {@link ReuseReport} as CSV, one row per pair:
 * {@code a,a_title,a_source,a_region,a_date,b,b_title,b_source,b_region,b_date,resemblance,shared,coverage,passages,estimated_containment}
 * ({@code coverage} is the measured containment of the shorter document in the longer; the last
 * column came later, so it is last).
 */
public final class ReuseCsv {

	private ReuseCsv() {
	}

	/** Writes {@code report}, after a byte order mark, to {@code out} (not closed). */
	public static void write(ReuseReport report, Writer out) throws IOException {
		Csv.bom(out);
		Csv.row(out, "a", "a_title", "a_source", "a_region", "a_date", "b", "b_title", "b_source", "b_region", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"b_date", "resemblance", "shared", "coverage", "passages", "estimated_containment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (ReuseLink l : report.links()) {
			Csv.row(out, l.a().id(), l.a().title(), l.a().source(), l.a().region(), l.a().date(), l.b().id(),
					l.b().title(), l.b().source(), l.b().region(), l.b().date(), ReuseJson.round(l.resemblance()), l.shared(),
					ReuseJson.round(l.coverage()), l.passages().size(), ReuseJson.round(l.estimatedContainment()));
		}
		out.flush();
	}
}
