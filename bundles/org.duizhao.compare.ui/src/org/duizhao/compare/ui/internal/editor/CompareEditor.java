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

import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.corpus.ui.ReadOnlyEditor;
import org.duizhao.corpus.ui.ShownDocument;
import org.duizhao.corpus.ui.Restylable;
import org.duizhao.corpus.ui.ViewerOptions;

/**
 * Compares two documents side by side: tool bar and header above, the {@link CompareWidget}
 * below. Every change of settings recomputes the comparison in a {@link CompareJob}; the texts are
 * read once.
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

	private final CompareJob.EditorRule rule = new CompareJob.EditorRule();
	private CompareWidget widget;
	private HeaderLine header;
	private CompareToolbar toolbar;
	private CompareSettings settings = CompareSettings.defaults();
	private volatile String[] texts;
	private Job running;
	private ShownDocument shownA;
	private ShownDocument shownB;

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
		toolbar = new CompareToolbar(area, settings, this::recompute, () -> widget.previous(), () -> widget.next(),
				on -> widget.setSynchronizedScrolling(on));
		toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header = new HeaderLine(area);
		widget = new CompareWidget(area);
		widget.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		widget.setTitles(compareInput().a().title(), compareInput().b().title());
		widget.setHideGlosses(ViewerOptions.isOn(ViewerOptions.HIDE_GLOSSES));
		widget.addChangeListener(k -> {
			if (widget.result() != null) {
				header.current(widget.result(), k);
			}
		});
		shownA = new ShownDocument(widget.pane(Side.A).text(), compareInput().a().projectRoot(), compareInput().a().documentId());
		shownB = new ShownDocument(widget.pane(Side.B).text(), compareInput().b().projectRoot(), compareInput().b().documentId());
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		toolbar.showKeys(() -> new String[] { KeyHints.of(getSite().getWorkbenchWindow(), PREVIOUS_CHANGE),
				KeyHints.of(getSite().getWorkbenchWindow(), NEXT_CHANGE) });
		header.status(Messages.Editor_loading);
		recompute(settings);
	}

	/** Recomputes with {@code value}, cancelling a comparison still running. */
	void recompute(CompareSettings value) {
		settings = value;
		if (running != null) {
			running.cancel();
		}
		header.status(Messages.Editor_comparing);
		CompareJob.Texts sources = new CompareJob.Texts() {
			@Override
			public String[] read() throws Exception {
				return readTexts();
			}

			@Override
			public Normalizer normalizer() throws Exception {
				return compareInput().a().normalizer();
			}
		};
		Job job = new CompareJob(getPartName(), sources, value, rule, widget.control().getDisplay(), this::show);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus status = event.getResult();
				if (status.getSeverity() == IStatus.ERROR && !widget.control().isDisposed()) {
					widget.control().getDisplay().asyncExec(() -> {
						if (!widget.control().isDisposed()) {
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
		header.show(result);
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
		super.dispose();
	}
}
