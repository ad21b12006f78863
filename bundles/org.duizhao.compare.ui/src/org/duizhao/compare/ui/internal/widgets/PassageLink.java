package org.duizhao.compare.ui.internal.widgets;

import org.duizhao.text.core.TextRange;

/**
 * A link of the centre band in Related mode: a passage of A and its parallel in B, anywhere in
 * either text (links may cross).
 *
 * @param a the passage in A, UTF-16 indices of the original
 * @param b the passage in B
 * @param current whether it is the passage selected
 */
public record PassageLink(TextRange a, TextRange b, boolean current) {
}
