package org.duizhao.corpus.ui;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.text.core.TextRange;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GlyphMetrics;

/**
 * Hides ranges of a StyledText without removing them: their glyphs get zero width, so the text,
 * and every offset into it, stays exactly the stored text. Styles already set on a hidden range
 * (a highlight, a colour) are kept for when it shows again.
 */
public final class HiddenText {

	private HiddenText() {
	}

	/** Hides {@code ranges} (UTF-16 indices of the widget's text). */
	public static void hide(StyledText text, List<TextRange> ranges) {
		int length = text.getCharCount();
		for (TextRange r : ranges) {
			if (r.isEmpty() || r.end() > length) {
				continue;
			}
			List<StyleRange> parts = cover(r, text.getStyleRanges(r.start(), r.length(), true));
			for (StyleRange part : parts) {
				part.metrics = new GlyphMetrics(0, 0, 0);
			}
			text.replaceStyleRanges(r.start(), r.length(), parts.toArray(new StyleRange[0]));
		}
	}

	/** @return styles that cover {@code range} exactly: the existing ones clipped, plain ones between */
	static List<StyleRange> cover(TextRange range, StyleRange[] existing) {
		List<StyleRange> parts = new ArrayList<>();
		int at = range.start();
		for (StyleRange e : existing) {
			int start = Math.max(e.start, at);
			int end = Math.min(e.start + e.length, range.end());
			if (end <= start) {
				continue;
			}
			if (start > at) {
				parts.add(plain(at, start));
			}
			StyleRange clipped = (StyleRange) e.clone();
			clipped.start = start;
			clipped.length = end - start;
			parts.add(clipped);
			at = end;
		}
		if (at < range.end()) {
			parts.add(plain(at, range.end()));
		}
		return parts;
	}

	private static StyleRange plain(int start, int end) {
		StyleRange s = new StyleRange();
		s.start = start;
		s.length = end - start;
		return s;
	}
}
