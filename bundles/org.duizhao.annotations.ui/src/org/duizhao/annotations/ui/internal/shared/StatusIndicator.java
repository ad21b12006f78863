package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.handlers.ActivePane;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * The status line's view of the server connection of the shared project in use (that of the active
 * document, else the first open shared project): "Online", "Offline – n edits waiting",
 * "n conflicts to resolve". A local project shows "Local"; no project, nothing. It is a flat
 * button, so that it can take the keyboard focus; pressing it opens the Conflicts view.
 */
public final class StatusIndicator extends WorkbenchWindowControlContribution {

	private static final List<StatusIndicator> LIVE = new CopyOnWriteArrayList<>();

	private Button button;
	private final Runnable listener = this::updateLater;
	private final org.duizhao.corpus.ui.internal.ProjectManager.Listener projects = p -> updateLater();
	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			updateLater();
		}
	};

	@Override
	protected Control createControl(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 0;
		layout.marginWidth = 2;
		box.setLayout(layout);
		button = new Button(box, SWT.FLAT);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, true);
		data.widthHint = usualWidth();
		button.setLayoutData(data);
		button.addListener(SWT.Selection, e -> Refusals.showView());
		button.addListener(SWT.Dispose, e -> dispose());
		AnnotationsUiPlugin.getDefault().connections().addListener(listener);
		CorpusUiPlugin.getDefault().projects().addListener(projects);
		if (getWorkbenchWindow() != null) {
			getWorkbenchWindow().getPartService().addPartListener(parts);
		}
		LIVE.add(this);
		update();
		return box;
	}

	@Override
	public boolean isDynamic() {
		return true;
	}

	private void updateLater() {
		if (button != null && !button.isDisposed()) {
			button.getDisplay().asyncExec(this::update);
		}
	}

	/** Shows the state of the project in use now (UI thread). */
	public void update() {
		if (button == null || button.isDisposed()) {
			return;
		}
		String text = text();
		Optional<ConnectionState> state = current();
		button.setText(text);
		button.setToolTipText(state.map(ConnectionState::tooltip).orElse(Messages.Status_localTooltip));
		button.setVisible(!text.isEmpty());
		fit(button.getParent());
	}

	/**
	 * The status line gives a contributed control the width it had when made; a longer text later
	 * ("Offline – 3 edits waiting") would be cut, so the tool item is widened to the text and the
	 * trim laid out again.
	 */
	private void fit(Composite box) {
		GridData data = (GridData) button.getLayoutData();
		int wanted = button.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
		if (wanted > data.widthHint) {
			data.widthHint = wanted;
		}
		int width = box.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
		if (box.getParent() instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (item.getControl() == box && item.getWidth() < width) {
					item.setWidth(width);
				}
			}
		}
		// marks every ancestor's layout as changed, up to the trim that holds the status line
		box.getShell().layout(new Control[] { box }, SWT.DEFER);
	}

	/** Wide enough at the start for the usual texts, so that the status line need not grow later. */
	@Override
	protected int computeWidth(Control control) {
		return Math.max(control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x, usualWidth());
	}

	private int usualWidth() {
		String[] usual = { Messages.Status_online, Messages.Status_local, NLS.bind(Messages.Status_offlineWaiting, 99),
				NLS.bind(Messages.Status_withConflicts, Messages.Status_online, 99) };
		GC gc = new GC(button);
		try {
			int widest = 0;
			for (String text : usual) {
				widest = Math.max(widest, gc.textExtent(text).x);
			}
			return widest + 24;
		} finally {
			gc.dispose();
		}
	}

	/** @return the text shown now */
	public String text() {
		if (CorpusUiPlugin.getDefault().projects().all().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return current().map(ConnectionState::label).orElse(Messages.Status_local);
	}

	private Optional<ConnectionState> current() {
		ConnectionMonitor monitor = AnnotationsUiPlugin.getDefault().connections();
		IWorkbenchWindow window = getWorkbenchWindow();
		Optional<Path> active = ActivePane.find(window).map(p -> StoreRegistry.key(p.projectRoot()));
		if (active.isPresent()) {
			return monitor.state(active.get());
		}
		for (Project p : CorpusUiPlugin.getDefault().projects().all()) {
			Optional<ConnectionState> s = monitor.state(p.folder());
			if (s.isPresent()) {
				return s;
			}
		}
		return Optional.empty();
	}

	@Override
	public void dispose() {
		LIVE.remove(this);
		AnnotationsUiPlugin.getDefault().connections().removeListener(listener);
		CorpusUiPlugin.getDefault().projects().removeListener(projects);
		if (getWorkbenchWindow() != null) {
			getWorkbenchWindow().getPartService().removePartListener(parts);
		}
		super.dispose();
	}

	/** @return the indicators shown now (tests) */
	public static List<StatusIndicator> live() {
		return List.copyOf(LIVE);
	}

	/** @return the button (tests, screenshots) */
	public Button button() {
		return button;
	}
}
