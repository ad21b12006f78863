package org.duizhao.compare.ui.internal.model;

/**
 * A stretch of original text (UTF-16, end exclusive) with one shade.
 *
 * @param start first index
 * @param end index after the last
 * @param shade never {@code null}
 */
public record ShadeRun(int start, int end, Shade shade) {
}
