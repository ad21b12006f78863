package org.duizhao.compare.ui.internal.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.duizhao.analysis.core.DocumentFrequencies;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.ParallelPassages;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.RelatedTexts;
import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.SharedParts;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.ResultJob;
import org.duizhao.compare.ui.internal.model.PairTexts;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Runs the related-texts analysis of an editor's two documents: reads the project's documents for
 * the formulas' document frequencies, analyses the pair, and marks what each passage pair shares;
 * then hands the result to the UI thread. A user job with progress and cancel, never on the UI
 * thread.
 */
public final class RelatedJob extends ResultJob<RelatedResult> {

	/** The lowest passage score computed; the threshold control filters above it without recomputing. */
	public static final double FLOOR = 0.3;

	/** The most distinctive words listed per side. */
	private static final int KEYWORDS = 200;

	/** What the job reads, off the UI thread: the texts, and the project they belong to. */
	public interface Source extends PairTexts {
		/** @return the project whose documents give the formulas' document frequencies */
		Project project() throws Exception;
	}

	private final Source source;
	private final Set<NormalizeOption> ignore;

	/**
	 * @param name the editor's name
	 * @param ignore what to fold
	 * @param rule one analysis per editor at a time
	 */
	public RelatedJob(String name, Source source, Set<NormalizeOption> ignore, ISchedulingRule rule, Display display,
			Consumer<RelatedResult> done) {
		super(NLS.bind(Messages.Job_related, name), Messages.Job_relatedFailed, rule, display, done);
		this.source = source;
		this.ignore = ignore;
	}

	@Override
	protected RelatedResult compute(IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		String[] ab = source.read();
		Normalizer normalizer = source.normalizer();
		progress.setTaskName(Messages.Job_relatedCorpus);
		DocumentFrequencies df = DocumentFrequencies.of(source.project(), normalizer, ignore, progress.split(20));
		progress.setTaskName(Messages.Job_relatedPair);
		RelatedTexts.Options options = new RelatedTexts.Options(ignore, SharedFormulas.DEFAULT_MIN_LENGTH, FLOOR,
				ParallelPassages.DEFAULT_MIN_LENGTH, KEYWORDS);
		RelatedReport report = new RelatedTexts(normalizer).analyse(ab[0], ab[1], options, df, progress.split(60));
		SubMonitor marking = progress.split(20).setWorkRemaining(Math.max(1, report.passages().size()));
		ParallelPassages passages = new ParallelPassages(normalizer);
		List<SharedParts> parts = new ArrayList<>();
		for (ParallelPassage p : report.passages()) {
			marking.split(1);
			parts.add(passages.sharedParts(ab[0], ab[1], p, ignore));
		}
		List<FormulaRow> rows = new ArrayList<>();
		for (int k = 0; k < report.formulas().size(); k++) {
			SharedFormula f = report.formulas().get(k);
			int documents = report.documents().get(k);
			rows.add(new FormulaRow(f, documents, df.isGeneric(f.text(), documents), k));
		}
		return new RelatedResult(ab[0], ab[1], report, parts, rows, df.documents());
	}
}
