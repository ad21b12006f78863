package org.duizhao.compare.ui.internal.editor;

import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.duizhao.compare.ui.internal.widgets.CompareWidget;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.contexts.IContextService;
import java.util.List;

import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.compare.ui.internal.related.RelatedJob;
import org.duizhao.compare.ui.internal.related.RelatedMode;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.CodablePassages;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.commands.Command;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.corpus.ui.ReadOnlyEditor;
import org.duizhao.corpus.ui.ShownDocument;
import org.duizhao.corpus.ui.Restylable;
import org.duizhao.corpus.ui.ViewerOptions;

/**
 * Compares two documents side by side: tool bar and header above, the {@link CompareWidget}
 * below. Every change of settings recomputes the comparison in a {@link CompareJob}; the texts are
 * read once.
 * <p>
 * Two modes: as versions of one text (changes, moves) or as related texts ({@link RelatedMode}:
 * shared formulas, parallel passages linked across the band, distinctive vocabulary, in a panel
 * below the panes). Two documents that have little in common as versions are offered the Related
 * mode in an information bar.
 */
public class CompareEditor extends ReadOnlyEditor<CompareEditorInput> implements Restylable {

	/** Creates the editor. */
	public CompareEditor() {
		super(CompareEditorInput.class);
	}

	/** The editor id. */
	public static final String ID = "org.duizhao.compare.ui.editor"; //$NON-NLS-1$

	/** Property fired when a new comparison result is shown. */
	public static final int PROP_RESULT = 0x401;

	/** The context in which the next/previous change keys are bound. */
	public static final String CONTEXT = "org.duizhao.compare.ui.context"; //$NON-NLS-1$

	private static final String NEXT_CHANGE = "org.duizhao.compare.ui.nextChange"; //$NON-NLS-1$
	private static final String PREVIOUS_CHANGE = "org.duizhao.compare.ui.previousChange"; //$NON-NLS-1$
	/** The command that shows the versions mode. */
	public static final String SHOW_VERSIONS = "org.duizhao.compare.ui.showVersions"; //$NON-NLS-1$
	/** The command that shows the Related mode. */
	public static final String SHOW_RELATED = "org.duizhao.compare.ui.showRelated"; //$NON-NLS-1$
	/** The annotations capability's command that codes what {@link CodablePassages} offers. */
	static final String CODE_PASSAGES = "org.duizhao.annotations.ui.codePassages"; //$NON-NLS-1$

	private final CompareJob.EditorRule rule = new CompareJob.EditorRule();
	private CompareWidget widget;
	private HeaderLine header;
	private CompareToolbar toolbar;
	private CompareSettings settings = CompareSettings.defaults();
	private volatile String[] texts;
	private Job running;
	private ShownDocument shownA;
	private ShownDocument shownB;
	private SuggestionBar suggestion;
	private SashForm sash;
	private RelatedMode related;
	private CompareMode mode = CompareMode.VERSIONS;

	/** @return the input */
	public CompareEditorInput compareInput() {
		return input();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		layout.verticalSpacing = 2;
		area.setLayout(layout);
		toolbar = new CompareToolbar(area, settings, this::recompute, this::previous, this::next,
				on -> widget.setSynchronizedScrolling(on), this::setMode);
		toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		suggestion = new SuggestionBar(area, () -> setMode(CompareMode.RELATED));
		header = new HeaderLine(area);
		sash = new SashForm(area, SWT.VERTICAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		widget = new CompareWidget(sash);
		widget.setTitles(compareInput().a().title(), compareInput().b().title());
		widget.setHideGlosses(ViewerOptions.isOn(ViewerOptions.HIDE_GLOSSES));
		widget.addChangeListener(k -> {
			if (widget.result() != null && mode == CompareMode.VERSIONS) {
				header.current(widget.result(), k);
			}
		});
		shownA = new ShownDocument(widget.pane(Side.A).text(), compareInput().a().projectRoot(), compareInput().a().documentId());
		shownB = new ShownDocument(widget.pane(Side.B).text(), compareInput().b().projectRoot(), compareInput().b().documentId());
		related = new RelatedMode(sash, widget, getPartName(), pairSource(), header::status,
				() -> List.<DocumentPane>of(shownA, shownB), this::codeAllOccurrences);
		related.setCodingAvailable(commandDefined(CODE_PASSAGES));
		sash.setWeights(62, 38);
		sash.setMaximizedControl(widget.control());
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		toolbar.showKeys(() -> new String[] { KeyHints.of(getSite().getWorkbenchWindow(), PREVIOUS_CHANGE),
				KeyHints.of(getSite().getWorkbenchWindow(), NEXT_CHANGE) });
		toolbar.showModeKeys(() -> new String[] { KeyHints.of(getSite().getWorkbenchWindow(), SHOW_VERSIONS),
				KeyHints.of(getSite().getWorkbenchWindow(), SHOW_RELATED) });
		header.status(Messages.Editor_loading);
		recompute(settings);
	}

	/** @return the editor's two texts, normalizer and project, for both the comparison and the Related mode */
	private RelatedJob.Source pairSource() {
		return new RelatedJob.Source() {
			@Override
			public String[] read() throws Exception {
				return readTexts();
			}

			@Override
			public Normalizer normalizer() throws Exception {
				return compareInput().a().normalizer();
			}

			@Override
			public Project project() throws Exception {
				return CorpusUiPlugin.getDefault().projects().open(compareInput().a().projectRoot());
			}
		};
	}

	private boolean commandDefined(String id) {
		ICommandService commands = getSite().getService(ICommandService.class);
		Command command = commands == null ? null : commands.getCommand(id);
		return command != null && command.isDefined();
	}

	/** Runs the annotations capability's command on the occurrences of the selected formulas. */
	private void codeAllOccurrences() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(CODE_PASSAGES, null);
		} catch (Exception e) {
			CompareUi.log(e.getMessage(), e);
			header.status(e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	/**
	 * Shows the documents as versions or as related texts; the Related mode analyses them the first
	 * time, in a job.
	 */
	public void setMode(CompareMode value) {
		toolbar.showMode(value);
		if (value == mode) {
			return;
		}
		mode = value;
		if (value == CompareMode.RELATED) {
			suggestion.hide();
			widget.setSynchronizedScrolling(false);
			sash.setMaximizedControl(null);
			related.activate(settings.ignore());
		} else {
			related.deactivate();
			sash.setMaximizedControl(widget.control());
			widget.showVersions();
			widget.setSynchronizedScrolling(toolbar.syncOn());
			if (widget.result() != null) {
				header.show(widget.result());
			} else {
				header.status(Messages.Editor_comparing);
			}
		}
	}

	/** @return the mode shown */
	public CompareMode mode() {
		return mode;
	}

	/** Goes to the next change, or in Related mode the next parallel passage. */
	public void next() {
		if (mode == CompareMode.RELATED) {
			related.step(true);
		} else {
			widget.next();
		}
	}

	/** Goes to the previous change, or in Related mode the previous parallel passage. */
	public void previous() {
		if (mode == CompareMode.RELATED) {
			related.step(false);
		} else {
			widget.previous();
		}
	}

	/** @return the Related mode, for tests */
	public RelatedMode related() {
		return related;
	}

	/** @return the information bar that suggests the Related mode, for tests */
	public SuggestionBar suggestion() {
		return suggestion;
	}

	/** Recomputes with {@code value}, cancelling a comparison still running. */
	void recompute(CompareSettings value) {
		settings = value;
		related.settingsChanged(value.ignore());
		if (running != null) {
			running.cancel();
		}
		if (mode == CompareMode.VERSIONS) {
			header.status(Messages.Editor_comparing);
		}
		Job job = new CompareJob(getPartName(), pairSource(), value, rule, widget.control().getDisplay(), this::show);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus status = event.getResult();
				if (status.getSeverity() == IStatus.ERROR && !widget.control().isDisposed()) {
					widget.control().getDisplay().asyncExec(() -> {
						if (!widget.control().isDisposed() && mode == CompareMode.VERSIONS) {
							header.status(status.getMessage());
						}
					});
				}
			}
		});
		running = job;
		job.schedule();
	}

	private String[] readTexts() throws Exception {
		String[] cached = texts;
		if (cached == null) {
			CompareEditorInput input = compareInput();
			cached = new String[] { input.a().readText(), input.b().readText() };
			texts = cached;
		}
		return cached;
	}

	private void show(CompareResult result) {
		if (widget.control().isDisposed()) {
			return;
		}
		widget.setResult(result);
		if (mode == CompareMode.VERSIONS) {
			header.show(result);
			suggestion.offer(result.metrics().similarity());
		}
		shownA.shown(compareInput().a().version(), result.a().text().original());
		shownB.shown(compareInput().b().version(), result.b().text().original());
		firePropertyChange(PROP_RESULT);
	}

	/** Follows the Hide Pinyin Glosses toggle of the Document menu. */
	@Override
	public void restyle() {
		if (widget != null && !widget.control().isDisposed()) {
			widget.setHideGlosses(ViewerOptions.isOn(ViewerOptions.HIDE_GLOSSES));
		}
	}

	/** @return the widget, for handlers, views and tests */
	public CompareWidget widget() {
		return widget;
	}

	/** @return the tool bar, for tests */
	public CompareToolbar toolbar() {
		return toolbar;
	}

	/** @return the header line, for tests */
	public HeaderLine header() {
		return header;
	}

	/** @return the settings in use */
	public CompareSettings settings() {
		return settings;
	}

	/** Lets other capabilities (annotations) find the two panes and the documents they show. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == DocumentPanes.class && shownA != null) {
			return adapter.cast((DocumentPanes) () -> List.of(shownA, shownB));
		}
		if (adapter == CodablePassages.class && related != null) {
			return adapter.cast((CodablePassages) related::occurrences);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		widget.pane(Side.A).text().setFocus();
	}

	@Override
	public void dispose() {
		if (running != null) {
			running.cancel();
		}
		if (related != null) {
			related.dispose();
		}
		super.dispose();
	}
}
