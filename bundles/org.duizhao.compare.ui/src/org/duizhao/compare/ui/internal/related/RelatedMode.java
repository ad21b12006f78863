package org.duizhao.compare.ui.internal.related;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.Span;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.compare.ui.internal.widgets.CompareWidget;
import org.duizhao.compare.ui.internal.widgets.PassageLink;
import org.duizhao.corpus.ui.CodablePassages;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * The Related mode of a compare editor: runs the analysis in a {@link RelatedJob} when first shown
 * (and again when what is folded changes), shows it in the editor's {@link CompareWidget} (each
 * text in its own order, links between parallel passages, shared parts shaded) and in the
 * {@link RelatedPanel} below, and offers the occurrences of the selected formulas for coding.
 */
public final class RelatedMode {

	/** What the toggles of the tool bar may change in what the analysis folds. */
	private static final Set<NormalizeOption> TOGGLED = EnumSet.of(NormalizeOption.SCRIPT, NormalizeOption.VARIANTS,
			NormalizeOption.PINYIN, NormalizeOption.BOILERPLATE);

	private final CompareWidget widget;
	private final RelatedPanel panel;
	private final String name;
	private final RelatedJob.Source source;
	private final Consumer<String> status;
	private final Supplier<List<DocumentPane>> panes;
	private final ISchedulingRule rule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule other) {
			return other == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule other) {
			return other == this;
		}
	};
	private RelatedResult result;
	private Set<NormalizeOption> ignore;
	private Job running;
	private int generation;
	private boolean active;

	/**
	 * @param parent where the panel goes
	 * @param widget the editor's two panes and band
	 * @param name the editor's name, for the job
	 * @param source the texts, normalizer and project
	 * @param status shows a line in the editor's header
	 * @param panes the editor's two document panes, A then B
	 * @param codeAll codes the occurrences of the selected formulas (the editor runs the command)
	 */
	public RelatedMode(Composite parent, CompareWidget widget, String name, RelatedJob.Source source,
			Consumer<String> status, Supplier<List<DocumentPane>> panes, Runnable codeAll) {
		this.widget = widget;
		this.name = name;
		this.source = source;
		this.status = status;
		this.panes = panes;
		panel = new RelatedPanel(parent, t -> thresholdChanged(), this::passageSelected, f -> formulasSelected(), codeAll);
	}

	/** @return what the analysis folds, given what the comparison ignores */
	public static Set<NormalizeOption> ignoreOf(Set<NormalizeOption> compareIgnore) {
		Set<NormalizeOption> out = EnumSet.copyOf(SharedFormulas.DEFAULT_IGNORE);
		for (NormalizeOption o : TOGGLED) {
			if (compareIgnore.contains(o)) {
				out.add(o);
			} else {
				out.remove(o);
			}
		}
		return out;
	}

	/** Shows the mode; analyses first if there is no result for {@code compareIgnore} yet. */
	public void activate(Set<NormalizeOption> compareIgnore) {
		active = true;
		Set<NormalizeOption> wanted = ignoreOf(compareIgnore);
		if (result != null && wanted.equals(ignore)) {
			show();
		} else if (running == null || !wanted.equals(ignore)) {
			start(wanted);
		} else {
			status.accept(Messages.Related_analysing);
		}
	}

	/** Leaves the mode (a running analysis goes on; its result waits). */
	public void deactivate() {
		active = false;
	}

	/** The comparison's settings changed: analyse again now if shown, else when shown next. */
	public void settingsChanged(Set<NormalizeOption> compareIgnore) {
		if (active) {
			activate(compareIgnore);
		}
	}

	private void start(Set<NormalizeOption> wanted) {
		if (running != null) {
			running.cancel();
		}
		ignore = wanted;
		result = null;
		status.accept(Messages.Related_analysing);
		int mine = ++generation;
		Job job = new RelatedJob(name, source, wanted, rule, widget.control().getDisplay(), v -> done(mine, v));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus s = event.getResult();
				if (s.getSeverity() == IStatus.ERROR && !widget.control().isDisposed()) {
					widget.control().getDisplay().asyncExec(() -> {
						if (!widget.control().isDisposed() && active) {
							status.accept(s.getMessage());
						}
					});
				}
			}
		});
		running = job;
		job.schedule();
	}

	private void done(int mine, RelatedResult value) {
		if (widget.control().isDisposed() || mine != generation) {
			return;
		}
		running = null;
		result = value;
		panel.show(value);
		if (active) {
			show();
		}
	}

	private void show() {
		panel.showPassages(result);
		refresh();
	}

	private void thresholdChanged() {
		if (result != null) {
			panel.showPassages(result);
			refresh();
		}
	}

	/** Draws the panes and links again (threshold, selection). */
	private void refresh() {
		if (result == null || !active) {
			return;
		}
		double threshold = panel.threshold();
		List<FormulaRow> selected = panel.selectedFormulas();
		ParallelPassage current = panel.selectedPassage();
		List<PassageLink> links = new ArrayList<>();
		for (ParallelPassage p : result.passages(threshold)) {
			links.add(new PassageLink(result.utf16(Side.A, p.a()), result.utf16(Side.B, p.b()), p.equals(current)));
		}
		widget.showRelated(result.text(Side.A), result.text(Side.B),
				RelatedShading.runs(result, Side.A, threshold, selected),
				RelatedShading.runs(result, Side.B, threshold, selected), links);
		status.accept(NLS.bind(Messages.Header_related, new Object[] { result.formulas(true).size(),
				links.size(), result.passages().size(), PassagesTable.score(threshold) }));
	}

	private void passageSelected(ParallelPassage p) {
		refresh();
		widget.reveal(result.utf16(Side.A, p.a()), result.utf16(Side.B, p.b()));
	}

	private void formulasSelected() {
		refresh();
		List<FormulaRow> selected = panel.selectedFormulas();
		if (!selected.isEmpty()) {
			FormulaRow f = selected.get(0);
			widget.reveal(result.utf16(Side.A, f.formula().inA().get(0)), result.utf16(Side.B, f.formula().inB().get(0)));
		}
	}

	/** Selects the next (or previous) passage shown, after the last the first. */
	public void step(boolean forward) {
		if (result == null) {
			return;
		}
		List<ParallelPassage> shown = result.passages(panel.threshold());
		if (shown.isEmpty()) {
			return;
		}
		int k = shown.indexOf(panel.selectedPassage());
		int next = k < 0 ? (forward ? 0 : shown.size() - 1) : Math.floorMod(k + (forward ? 1 : -1), shown.size());
		panel.selectPassage(shown.get(next));
	}

	/** @return every occurrence of the selected formulas in both panes, for coding */
	public List<CodablePassages.Passage> occurrences() {
		List<CodablePassages.Passage> out = new ArrayList<>();
		List<DocumentPane> both = panes.get();
		if (result == null || !active || both.size() != 2) {
			return out;
		}
		for (FormulaRow f : panel.selectedFormulas()) {
			add(out, both.get(0), Side.A, f.formula().inA());
			add(out, both.get(1), Side.B, f.formula().inB());
		}
		return out;
	}

	private void add(List<CodablePassages.Passage> out, DocumentPane pane, Side side, List<Span> spans) {
		if (!result.text(side).equals(pane.text())) {
			return; // the pane shows another version than the one analysed
		}
		for (Span s : spans) {
			out.add(new CodablePassages.Passage(pane, s.start(), s.end()));
		}
	}

	/** @return the text range of a passage side in UTF-16, for tests */
	public TextRange utf16(Side side, Span span) {
		return result.utf16(side, span);
	}

	/** @param available whether the annotations capability can code */
	public void setCodingAvailable(boolean available) {
		panel.setCodingAvailable(available);
	}

	/** @return the analysis shown, or {@code null} while none */
	public RelatedResult result() {
		return result;
	}

	/** @return the panel */
	public RelatedPanel panel() {
		return panel;
	}

	/** Stops a running analysis. */
	public void dispose() {
		if (running != null) {
			running.cancel();
			running = null;
		}
	}
}
