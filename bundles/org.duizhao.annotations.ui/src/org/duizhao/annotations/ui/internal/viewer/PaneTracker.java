package org.duizhao.annotations.ui.internal.viewer;

import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.DocumentPanes;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Puts an {@link AnnotationOverlay} on every pane of every editor that shows documents (the
 * document viewer, the compare editor), as they open; started with the workbench.
 */
public class PaneTracker implements IStartup {

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			attach(ref.getPart(false));
		}
	};

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			workbench.addWindowListener(new IWindowListener() {
				@Override
				public void windowOpened(IWorkbenchWindow window) {
					track(window);
				}

				@Override
				public void windowActivated(IWorkbenchWindow window) {
					// nothing
				}

				@Override
				public void windowDeactivated(IWorkbenchWindow window) {
					// nothing
				}

				@Override
				public void windowClosed(IWorkbenchWindow window) {
					// nothing
				}
			});
			for (IWorkbenchWindow w : workbench.getWorkbenchWindows()) {
				track(w);
			}
		});
	}

	private void track(IWorkbenchWindow window) {
		window.addPageListener(new IPageListener() {
			@Override
			public void pageOpened(IWorkbenchPage page) {
				trackPage(page);
			}

			@Override
			public void pageActivated(IWorkbenchPage page) {
				// nothing
			}

			@Override
			public void pageClosed(IWorkbenchPage page) {
				// nothing
			}
		});
		for (IWorkbenchPage page : window.getPages()) {
			trackPage(page);
		}
	}

	private void trackPage(IWorkbenchPage page) {
		page.addPartListener(parts);
		for (IEditorReference ref : page.getEditorReferences()) {
			attach(ref.getPart(false));
		}
	}

	private static void attach(IWorkbenchPart part) {
		DocumentPanes panes = part == null ? null : part.getAdapter(DocumentPanes.class);
		if (panes != null) {
			for (DocumentPane pane : panes.panes()) {
				AnnotationOverlay.attach(pane);
			}
		}
	}
}
