package org.duizhao.annotations.core.analysis;

/**
 * Inter-coder agreement on one code.
 *
 * @param codeId the code's id, not {@code null}
 * @param code the code's name as shown (its path in the tree), not {@code null}
 * @param units the characters compared (the length of the chosen documents)
 * @param agreement the share of units on which every coder agrees (0..1), or {@code null} without units
 * @param kappa Cohen's kappa, or {@code null} unless there are exactly two coders, or when undefined
 * @param alpha Krippendorff's alpha (nominal), or {@code null} when undefined (no coder used the code)
 * @since 0.1
 */
public record AgreementRow(String codeId, String code, long units, Double agreement, Double kappa, Double alpha) {
}
