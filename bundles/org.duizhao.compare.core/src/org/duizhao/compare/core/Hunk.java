package org.duizhao.compare.core;

import org.duizhao.text.core.TextRange;

/**
 * One difference between text A and text B.
 * <p>
 * Ranges {@code a} and {@code b} are UTF-16 ranges of the <em>original</em> texts; the code point
 * versions are what leaves the program. For {@link HunkType#INSERT} {@code a} is empty and marks
 * where B's text goes in A; for {@link HunkType#DELETE} {@code b} is empty likewise. For
 * {@link HunkType#MOVE} {@code a} is the passage's place in A and {@code b} its place in B; then
 * {@code anchorA} (original UTF-16 index of A) says where the passage arrives in A's order and
 * {@code anchorB} where it left in B's order, so that a move can be applied as delete + insert.
 * For other types the anchors equal {@code a.start()} and {@code b.start()}.
 *
 * @param type never {@code null}
 * @param a original range in A, never {@code null}
 * @param b original range in B, never {@code null}
 * @param aCodePoints {@code a} in code points, never {@code null}
 * @param bCodePoints {@code b} in code points, never {@code null}
 * @param normalizedA range in A's normalized text, never {@code null}
 * @param normalizedB range in B's normalized text, never {@code null}
 * @param anchorA see above
 * @param anchorB see above
 * @since 0.1
 */
public record Hunk(HunkType type, TextRange a, TextRange b, TextRange aCodePoints, TextRange bCodePoints,
		TextRange normalizedA, TextRange normalizedB, int anchorA, int anchorB) {
}
