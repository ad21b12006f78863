package org.duizhao.testing.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.duizhao.app.internal.DuizhaoActionBarAdvisor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Starts the real workbench, with the Duizhao perspective, on a UI thread of its own (the test
 * thread stays free to wait), and runs test code on that thread. One workbench serves every UI
 * test of a test run (SWT on GTK allows one display). Its menus are the product's
 * ({@link DuizhaoActionBarAdvisor} makes the groups the bundles contribute to).
 */
public final class Workbench {

	private static final String PERSPECTIVE = "org.duizhao.app.perspective"; //$NON-NLS-1$
	private static Display display;

	private Workbench() {
	}

	/** Starts the workbench once for all tests; returns when its window is open. */
	public static synchronized void start() throws InterruptedException {
		if (display != null) {
			return;
		}
		CountDownLatch open = new CountDownLatch(1);
		AtomicReference<Display> created = new AtomicReference<>();
		Thread ui = new Thread(() -> {
			Display d = PlatformUI.createDisplay();
			created.set(d);
			PlatformUI.createAndRunWorkbench(d, new WorkbenchAdvisor() {
				@Override
				public String getInitialWindowPerspectiveId() {
					return PERSPECTIVE;
				}

				@Override
				public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
					return new WorkbenchWindowAdvisor(configurer) {
						@Override
						public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
							return new DuizhaoActionBarAdvisor(bars);
						}
					};
				}

				@Override
				public void postStartup() {
					open.countDown();
				}
			});
		}, "workbench"); //$NON-NLS-1$
		ui.setDaemon(true);
		ui.start();
		if (!open.await(120, TimeUnit.SECONDS)) {
			throw new AssertionError("the workbench did not open within 120 s"); //$NON-NLS-1$
		}
		display = created.get();
	}

	/** @return the workbench display (after {@link #start()}) */
	public static Display display() {
		return display;
	}

	/** @return the active page of the workbench window (after {@link #start()}; call on the UI thread) */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs {@code code} on the UI thread and returns its result; exceptions are rethrown. */
	public static <T> T sync(Callable<T> code) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(code.call());
			} catch (Exception e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (error.get() != null) {
			throw error.get();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** Runs {@code code} on the UI thread. */
	public static void run(Runnable code) throws Exception {
		sync(() -> {
			code.run();
			return null;
		});
	}

	/** Waits, letting the UI thread work, until {@code condition} (evaluated on the UI thread) holds. */
	public static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (!sync(condition::getAsBoolean)) {
			if (System.nanoTime() > end) {
				throw new AssertionError("condition not met within " + seconds + " s"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Thread.sleep(50);
		}
	}

}
