package org.duizhao.corpus.ui.internal.jobs;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Lets one job at a time change a project: two imports into the same project run one after the
 * other, imports into different projects side by side.
 *
 * @param root the project folder
 */
public record ProjectRule(Path root) implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this || rule instanceof ProjectRule other && other.root.equals(root);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return contains(rule);
	}
}
