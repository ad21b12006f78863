package org.duizhao.annotations.ui.internal.views;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.ProjectManager;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * A view over the annotation store of the current project: reads in a job, shows on the UI thread,
 * and reads again when the store changes (also when another process, such as the CLI, changed it),
 * when the active editor shows another project, or when projects open or close.
 *
 * @param <T> what a read yields
 */
abstract class StoreView<T> extends ViewPart {

	private final CurrentProject current = new CurrentProject();
	private final StoreRegistry.Listener storeListener = this::storeChanged;
	private final ProjectManager.Listener projectListener = p -> asyncRefresh();
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof org.eclipse.ui.IEditorPart) {
				refresh();
			}
		}
	};
	private Job reader;
	private volatile Project project;

	@Override
	public final void createPartControl(Composite parent) {
		createControls(parent);
		reader = Job.create(NLS.bind(Messages.View_reading, getPartName()), this::readInJob);
		reader.setSystem(true);
		AnnotationsUiPlugin.getDefault().stores().addListener(storeListener);
		CorpusUiPlugin.getDefault().projects().addListener(projectListener);
		getSite().getPage().addPartListener(partListener);
		refresh();
	}

	/** Makes the view's controls. */
	protected abstract void createControls(Composite parent);

	/** @return the main control (for the display and disposal checks) */
	protected abstract Control control();

	/** Reads what the view shows (in a job). */
	protected abstract T read(AnnotationStore store, Project shown) throws Exception;

	/** Shows what was read (UI thread). */
	protected abstract void show(Project shown, T data);

	/** @return the project shown, or {@code null} */
	public Project project() {
		return project;
	}

	/** Finds the current project and reads again (UI thread). */
	public void refresh() {
		if (control() == null || control().isDisposed()) {
			return;
		}
		project = current.find(getSite().getPage());
		setContentDescription(project == null ? Messages.View_noProject : project.name());
		reader.schedule(20);
	}

	private void asyncRefresh() {
		Display display = control() == null || control().isDisposed() ? null : control().getDisplay();
		if (display != null) {
			display.asyncExec(this::refresh);
		}
	}

	private void storeChanged(Path root, StoreChange change) {
		Project shown = project;
		if (shown != null && StoreRegistry.key(shown.folder()).equals(root)) {
			asyncRefresh();
		}
	}

	private IStatus readInJob(IProgressMonitor monitor) {
		Project shown = project;
		if (shown == null) {
			showLater(null, null);
			return Status.OK_STATUS;
		}
		try {
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(shown.folder());
			showLater(shown, read(store, shown));
			return Status.OK_STATUS;
		} catch (Exception e) {
			AnnotationsUiPlugin.log(e.getMessage(), e);
			showLater(shown, null);
			return Status.OK_STATUS;
		}
	}

	private void showLater(Project shown, T data) {
		Display display = control().isDisposed() ? null : control().getDisplay();
		if (display != null) {
			display.asyncExec(() -> {
				if (!control().isDisposed()) {
					show(shown, data);
				}
			});
		}
	}

	@Override
	public void dispose() {
		AnnotationsUiPlugin.getDefault().stores().removeListener(storeListener);
		CorpusUiPlugin.getDefault().projects().removeListener(projectListener);
		getSite().getPage().removePartListener(partListener);
		if (reader != null) {
			reader.cancel();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		control().setFocus();
	}

	/** @return whether a read is scheduled or running (for tests) */
	public boolean isReading() {
		return reader.getState() != Job.NONE;
	}
}
