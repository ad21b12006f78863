package org.duizhao.compare.ui.internal.editor;

import java.util.function.Consumer;

import org.duizhao.compare.core.SideBuilder;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.ResultJob;
import org.duizhao.compare.ui.internal.model.CompareRunner;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.duizhao.compare.ui.internal.model.PairTexts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Reads the two documents (the first time) and compares them with the editor's settings, then
 * hands the result to the UI thread. A user job with progress and cancel; the editor's rule lets
 * one comparison of an editor run at a time.
 */
final class CompareJob extends ResultJob<CompareResult> {

	private final PairTexts texts;
	private final CompareSettings settings;

	CompareJob(String name, PairTexts texts, CompareSettings settings, ISchedulingRule rule, Display display,
			Consumer<CompareResult> done) {
		super(NLS.bind(Messages.Job_compare, name), Messages.Job_failed, rule, display, done);
		this.texts = texts;
		this.settings = settings;
	}

	@Override
	protected CompareResult compute(IProgressMonitor monitor) throws Exception {
		String[] ab = texts.read();
		return new CompareRunner(new SideBuilder(texts.normalizer())).compare(ab[0], ab[1], settings, monitor);
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
