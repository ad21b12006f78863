package org.duizhao.annotations.core.internal.qdpx;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.exchange.Placement;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSelection;

/**
 * Places a {@code PlainTextSelection} on its source's text.
 * <p>
 * REFI-QDA counts positions in characters; QualCoder, the reference implementation whose
 * positions are Python string indices, counts Unicode code points, as Duizhao does, so positions
 * are taken as code points. Tools that count UTF-16 units instead (their positions drift by one
 * after each character outside the BMP) are recognised when the selection's {@code name} holds
 * its text, as QualCoder and Duizhao write it: when the code point reading does not show that text
 * but the UTF-16 reading does, the UTF-16 reading is converted. When neither does, the text is
 * searched near the position; a {@code name} that is found nowhere is taken as a label and the
 * position kept when it is in range.
 */
final class SourcePlacer {

	private SourcePlacer() {
	}

	static Placement.Result place(Placement text, QdeSelection sel) {
		Integer s = sel.start();
		Integer e = sel.end();
		String name = sel.name() == null ? "" : sel.name(); //$NON-NLS-1$
		boolean inRange = s != null && e != null && 0 <= s && s <= e && e <= text.length();
		if (inRange && (name.isEmpty() || same(text.slice(s, e), name))) {
			return new Placement.Result(s, e, false, null);
		}
		String t = text.text();
		boolean utf16InRange = s != null && e != null && 0 <= s && s <= e && e <= t.length();
		if (utf16InRange && !name.isEmpty() && same(t.substring(s, e), name)) {
			return new Placement.Result(text.fromUtf16(s), text.fromUtf16(e), false, null);
		}
		Placement.Result found = null;
		if (!name.isEmpty()) {
			found = text.place(s, null, new TextQuote(name, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (found.placed()) {
				return found;
			}
		}
		if (inRange) {
			return new Placement.Result(s, e, false, null);
		}
		if (found != null) {
			return found;
		}
		return new Placement.Result(0, 0, false,
				s == null || e == null ? Placement.Failure.NO_SELECTOR : Placement.Failure.OUT_OF_RANGE);
	}

	/** Attribute values lose their line breaks to XML's normalization; compare with them as spaces. */
	static boolean same(String a, String b) {
		return a.replaceAll("[\\r\\n\\t]", " ").equals(b.replaceAll("[\\r\\n\\t]", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
