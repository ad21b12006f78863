package org.duizhao.report.core;

import java.util.List;

import org.duizhao.annotations.core.Code;

/**
 * The agreement on one code.
 *
 * @param code the code
 * @param path its path of names from the top
 * @param units the characters compared
 * @param agreement the share of units on which every coder agrees, 0..1, or {@code null} without units
 * @param kappa Cohen's kappa, or {@code null} unless there are two coders, or when undefined
 * @param alpha Krippendorff's alpha (nominal), or {@code null} when no coder used the code
 * @param passages per coder (in the report's order), how many anchored passages carry the code
 */
public record AgreementLine(Code code, String path, long units, Double agreement, Double kappa, Double alpha,
		List<Integer> passages) {

	/** Copies the list. */
	public AgreementLine {
		passages = List.copyOf(passages);
	}
}
