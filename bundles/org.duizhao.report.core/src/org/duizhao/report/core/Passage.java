package org.duizhao.report.core;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;

/**
 * A coded passage as reported: the annotation and those of its codes the report covers.
 *
 * @param annotation the annotation, positions in code points of the reported text version
 * @param codes the selected codes it carries, in the order given; never {@code null}
 */
public record Passage(Annotation annotation, List<Code> codes) {

	/** Copies the list. */
	public Passage {
		codes = List.copyOf(codes);
	}
}
