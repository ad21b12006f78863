package org.duizhao.analysis.core.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.analysis.core.reuse.CorpusReuse;
import org.duizhao.analysis.core.reuse.ReusePair;
import org.duizhao.analysis.core.reuse.ReusePassage;
import org.duizhao.analysis.core.reuse.ReuseParameters;
import org.duizhao.analysis.core.reuse.ReuseText;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Corpus-wide reuse in a project: reads and normalizes the documents, runs the plain-Java core
 * ({@link CorpusReuse}) on (id, normalized text), and maps the passages back to code points of the
 * original texts.
 */
public final class ProjectReuse {

	private final Normalizer normalizer;
	private final Set<NormalizeOption> ignore;

	/**
	 * @param normalizer the project's normalizer, not {@code null}
	 * @param ignore what to fold
	 */
	public ProjectReuse(Normalizer normalizer, Set<NormalizeOption> ignore) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
		this.ignore = Set.copyOf(ignore);
	}

	/**
	 * @param project the project; all its documents (current versions) are compared
	 * @param parameters how to find reuse
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public ReuseReport run(Project project, ReuseParameters parameters, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		List<Document> docs = project.documents();
		List<String> texts = new ArrayList<>();
		SubMonitor reading = progress.split(10).setWorkRemaining(docs.size());
		for (Document d : docs) {
			reading.split(1);
			texts.add(project.readText(d, d.current()));
		}
		return run(docs.stream().map(CorpusDocument::of).toList(), texts, parameters, progress.split(90));
	}

	/**
	 * @param documents the documents
	 * @param texts their original texts, in the same order
	 * @param parameters how to find reuse
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public ReuseReport run(List<CorpusDocument> documents, List<String> texts, ReuseParameters parameters,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		SubMonitor normalizing = progress.split(20);
		normalizing.beginTask("", texts.size()); //$NON-NLS-1$
		NormalizedText[] views = IntStream.range(0, texts.size()).parallel().mapToObj(i -> {
			if (normalizing.isCanceled()) {
				throw new OperationCanceledException();
			}
			NormalizedText v = normalizer.normalize(texts.get(i), ignore);
			synchronized (normalizing) { // a monitor is not thread-safe
				normalizing.worked(1);
			}
			return v;
		}).toArray(NormalizedText[]::new);
		List<ReuseText> reuseTexts = new ArrayList<>();
		for (int i = 0; i < views.length; i++) {
			reuseTexts.add(new ReuseText(documents.get(i).id(), views[i].text()));
		}
		MonitorProgress adapter = new MonitorProgress(progress.split(80));
		List<ReusePair> pairs;
		try {
			pairs = new CorpusReuse(parameters).run(reuseTexts, adapter);
		} catch (CancellationException e) {
			throw new OperationCanceledException();
		}
		Map<String, Integer> index = new HashMap<>();
		documents.forEach(d -> index.put(d.id(), index.size()));
		List<ReuseLink> links = new ArrayList<>();
		for (ReusePair p : pairs) {
			int a = index.get(p.a());
			int b = index.get(p.b());
			links.add(new ReuseLink(documents.get(a), documents.get(b), p.resemblance(), p.shared(), p.coverage(),
					passages(p, views[a], views[b]), p.estimatedContainment()));
		}
		return new ReuseReport(documents, links, parameters, adapter.aligned());
	}

	private static List<ParallelPassage> passages(ReusePair pair, NormalizedText a, NormalizedText b) {
		Mapper ma = new Mapper(a);
		Mapper mb = new Mapper(b);
		List<ParallelPassage> out = new ArrayList<>();
		for (ReusePassage p : pair.passages()) {
			out.add(new ParallelPassage(ma.span(p.startA(), p.endA()), mb.span(p.startB(), p.endB()), p.score()));
		}
		return out;
	}

	/** Maps code points of a normalized text to code points of its original. */
	private static final class Mapper {
		private final NormalizedText view;
		private final CodePoints.Index normalized;
		private final CodePoints.Index original;

		Mapper(NormalizedText view) {
			this.view = view;
			this.normalized = CodePoints.index(view.text());
			this.original = CodePoints.index(view.original());
		}

		Span span(int start, int end) {
			int[] range = view.toOriginal(normalized.toUtf16(start), normalized.toUtf16(end));
			return new Span(original.toCodePoint(range[0]), original.toCodePoint(range[1]));
		}
	}
}
