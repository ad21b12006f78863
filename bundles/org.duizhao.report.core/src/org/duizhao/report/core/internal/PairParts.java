package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.SharedPassage;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.Formula;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.text.core.CodePoints;

/**
 * Turns the engines' results for a pair into the report's records: every position in code points
 * of the original texts, with the text of each range, so that no exporter needs the texts' indexes.
 */
final class PairParts {

	private final String a;
	private final String b;
	private final CodePoints.Index indexA;
	private final CodePoints.Index indexB;

	PairParts(String a, String b) {
		this.a = a;
		this.b = b;
		this.indexA = CodePoints.index(a);
		this.indexB = CodePoints.index(b);
	}

	List<Difference> differences(List<Hunk> hunks) {
		List<Difference> out = new ArrayList<>();
		for (Hunk h : hunks) {
			out.add(new Difference(out.size() + 1, h.type(), h.aCodePoints().start(), h.aCodePoints().end(),
					h.bCodePoints().start(), h.bCodePoints().end(), a.substring(h.a().start(), h.a().end()),
					b.substring(h.b().start(), h.b().end())));
		}
		return out;
	}

	List<MatchedPassage> shared(List<SharedPassage> shared) {
		List<MatchedPassage> out = new ArrayList<>();
		for (SharedPassage s : shared) {
			out.add(new MatchedPassage(indexA.toCodePoint(s.a().start()), indexA.toCodePoint(s.a().end()),
					indexB.toCodePoint(s.b().start()), indexB.toCodePoint(s.b().end()),
					a.substring(s.a().start(), s.a().end()), b.substring(s.b().start(), s.b().end()), 1));
		}
		return out;
	}

	List<Formula> formulas(RelatedReport related) {
		List<Formula> out = new ArrayList<>();
		for (int i = 0; i < related.formulas().size(); i++) {
			SharedFormula f = related.formulas().get(i);
			out.add(new Formula(f.text(), f.inA().size(), f.inB().size(), related.documents().get(i)));
		}
		return out;
	}

	List<MatchedPassage> parallels(List<ParallelPassage> passages) {
		List<MatchedPassage> out = new ArrayList<>();
		for (ParallelPassage p : passages) {
			int as = p.a().start();
			int ae = p.a().end();
			int bs = p.b().start();
			int be = p.b().end();
			out.add(new MatchedPassage(as, ae, bs, be, a.substring(indexA.toUtf16(as), indexA.toUtf16(ae)),
					b.substring(indexB.toUtf16(bs), indexB.toUtf16(be)), p.score()));
		}
		return out;
	}
}
