package org.duizhao.compare.ui.internal.editor;

import java.util.function.Consumer;

import org.duizhao.compare.core.SideBuilder;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.CompareRunner;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Reads the two documents (the first time) and compares them with the editor's settings, then
 * hands the result to the UI thread. A user job with progress and cancel; the editor's rule lets
 * one comparison of an editor run at a time.
 */
final class CompareJob extends Job {

	/** Texts of the two documents, read once. */
	interface Texts {
		/** @return {a, b}; may read the disk */
		String[] read() throws Exception;

		/** @return the normalizer of the documents' project; may read the disk */
		Normalizer normalizer() throws Exception;
	}

	private final Texts texts;
	private final CompareSettings settings;
	private final Display display;
	private final Consumer<CompareResult> done;

	CompareJob(String name, Texts texts, CompareSettings settings, ISchedulingRule rule, Display display,
			Consumer<CompareResult> done) {
		super(NLS.bind(Messages.Job_compare, name));
		this.texts = texts;
		this.settings = settings;
		this.display = display;
		this.done = done;
		setUser(true);
		setRule(rule);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			String[] ab = texts.read();
			CompareResult result = new CompareRunner(new SideBuilder(texts.normalizer())).compare(ab[0], ab[1], settings,
					monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> done.accept(result));
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return CompareUi.error(NLS.bind(Messages.Job_failed, e.getMessage()), e);
		}
	}

	/** One comparison at a time per editor. */
	static final class EditorRule implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	}
}
