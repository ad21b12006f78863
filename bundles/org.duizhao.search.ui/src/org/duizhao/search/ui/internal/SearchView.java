package org.duizhao.search.ui.internal;

import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.ProjectManager;
import org.duizhao.search.core.SearchHit;
import org.duizhao.search.core.SearchIndex;
import org.duizhao.search.core.SearchQuery;
import org.duizhao.search.core.SearchResult;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The Search view: a query with metadata filters over one open project, answered from the
 * project's index in a job, shown as concordance lines; double-click opens the document with the
 * hit selected.
 */
public final class SearchView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.duizhao.search.ui.search"; //$NON-NLS-1$
	/** The most hits shown; the status line still counts all. */
	static final int LIMIT = 2000;
	/** Code points of context each side. */
	static final int CONTEXT = 30;

	private SearchForm form;
	private ConcordanceViewer table;
	private Label status;
	private Project shownProject;
	private ProjectManager.Listener projectListener;
	private Job running;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		form = new SearchForm(parent);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new ConcordanceViewer(parent);
		form.search.addListener(SWT.Selection, e -> search());
		form.query.addListener(SWT.DefaultSelection, e -> search());
		for (var t : List.of(form.region, form.year, form.issuer, form.tag)) {
			t.addListener(SWT.DefaultSelection, e -> search());
		}
		form.grouped.addListener(SWT.Selection, e -> table.setGrouped(form.grouped.getSelection()));
		table.viewer().addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
		ProjectManager projects = CorpusUiPlugin.getDefault().projects();
		projectListener = p -> parent.getDisplay().asyncExec(this::projectsChanged);
		projects.addListener(projectListener);
		projectsChanged();
	}

	/**
	 * Puts {@code text} into the query field with {@code project} chosen and runs it (the start-up
	 * switch and tests).
	 */
	public void search(Project project, String text, boolean groupedLines) {
		form.choose(project);
		form.query.setText(text);
		form.grouped.setSelection(groupedLines);
		table.setGrouped(groupedLines);
		search();
	}

	/** Runs the search in the form, in a job; the answer replaces the table's rows. */
	public void search() {
		Project project = form.project();
		if (project == null) {
			status.setText(Messages.Status_noProject);
			return;
		}
		SearchQuery query;
		try {
			query = form.toQuery();
		} catch (IllegalArgumentException e) {
			status.setText(e.getMessage());
			return;
		}
		if (running != null) {
			running.cancel();
		}
		status.setText(Messages.Status_searching);
		SearchIndex index = SearchUiPlugin.getDefault().indexes().of(project);
		Job job = Indexes.job(project, NLS.bind(Messages.Job_search, query.text()), monitor -> {
			try {
				SearchResult result = index.search(query, LIMIT, CONTEXT, monitor);
				show(project, result, null);
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IllegalArgumentException e) {
				show(project, null, e.getMessage()); // a malformed query: said in the view, not logged
				return Status.OK_STATUS;
			} catch (Exception e) {
				show(project, null, NLS.bind(Messages.Status_failed, e.getMessage()));
				return SearchUiPlugin.error(NLS.bind(Messages.Status_failed, e.getMessage()), e);
			}
		});
		job.setUser(true);
		running = job;
		job.schedule();
	}

	private void show(Project project, SearchResult result, String problem) {
		if (status.isDisposed()) {
			return;
		}
		status.getDisplay().asyncExec(() -> {
			if (status.isDisposed()) {
				return;
			}
			if (result == null) {
				status.setText(problem);
				table.setHits(List.of());
				return;
			}
			shownProject = project;
			status.setText(result.total() > result.hits().size()
					? NLS.bind(Messages.Status_shown, new Object[] { result.total(), result.documents(), result.hits().size() })
					: NLS.bind(Messages.Status_result, result.total(), result.documents()));
			status.getParent().layout(true);
			table.setHits(result.hits());
		});
	}

	private void reveal(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof SearchHit hit && shownProject != null) {
			RevealHit.open(getSite().getPage(), shownProject, hit);
		}
	}

	private void projectsChanged() {
		if (form.project.isDisposed()) {
			return;
		}
		List<Project> open = CorpusUiPlugin.getDefault().projects().all();
		form.setProjects(open);
		if (open.isEmpty()) {
			status.setText(Messages.Status_noProject);
		} else if (status.getText().isEmpty() || status.getText().equals(Messages.Status_noProject)) {
			status.setText(Messages.Status_ready);
		}
	}

	/** @return the form (for tests) */
	SearchForm form() {
		return form;
	}

	/** @return the concordance (for tests) */
	ConcordanceViewer table() {
		return table;
	}

	/** @return the status line's text (for tests) */
	String statusText() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		form.query.setFocus();
	}

	@Override
	public void dispose() {
		CorpusUiPlugin corpus = CorpusUiPlugin.getDefault();
		if (corpus != null) {
			corpus.projects().removeListener(projectListener);
		}
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}
}
