package org.duizhao.report.core;

import org.duizhao.annotations.core.Code;

/**
 * One line of a code legend.
 *
 * @param code the code
 * @param path its path of names from the top, e.g. {@code 产业/协作}
 * @param count how many reported passages carry the code
 * @param covered code points of the reported documents that those passages cover (overlaps once)
 * @param coverage {@code covered} over the length of the reported documents, 0..1
 */
public record LegendEntry(Code code, String path, int count, long covered, double coverage) {
}
