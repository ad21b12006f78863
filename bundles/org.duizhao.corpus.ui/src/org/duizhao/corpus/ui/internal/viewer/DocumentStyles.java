package org.duizhao.corpus.ui.internal.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.ui.HiddenText;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.BoilerplateMark;
import org.duizhao.text.core.normalize.Fold;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Styles a document viewer without changing its text: headings bold; with marks on, boilerplate
 * grey and italic, damaged runs on red, folded characters underlined, glosses grey; hidden
 * glosses take no room (zero-width glyphs), so every offset still points at the stored text.
 */
final class DocumentStyles {

	static final RGB BOILERPLATE = new RGB(140, 140, 140);
	static final RGB DAMAGE = new RGB(255, 205, 205);
	static final RGB FOLD = new RGB(30, 120, 200);
	static final RGB GLOSS = new RGB(150, 150, 150);

	private DocumentStyles() {
	}

	static void apply(StyledText widget, ViewerContent content, boolean marks, boolean hideGlosses) {
		List<StyleRange> ranges = new ArrayList<>();
		Structure structure = content.structure();
		if (structure != null) {
			for (Structure.Heading h : structure.headings()) {
				ranges.add(style(h.range(), s -> s.fontStyle = SWT.BOLD));
			}
		}
		Display display = widget.getDisplay();
		if (marks && content.marks() != null) {
			Color grey = new Color(display, BOILERPLATE);
			Color red = new Color(display, DAMAGE);
			Color blue = new Color(display, FOLD);
			for (BoilerplateMark b : content.marks().boilerplate()) {
				ranges.add(style(b.range(), s -> {
					s.foreground = grey;
					s.fontStyle = SWT.ITALIC;
				}));
			}
			for (TextRange d : content.marks().damaged()) {
				ranges.add(style(d, s -> s.background = red));
			}
			for (Fold f : content.folds()) {
				ranges.add(style(f.original(), s -> {
					s.underline = true;
					s.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
					s.underlineColor = blue;
				}));
			}
		}
		if (content.marks() != null && marks) {
			Color gloss = new Color(display, GLOSS);
			for (TextRange g : content.marks().glosses()) {
				ranges.add(style(g, s -> s.foreground = gloss));
			}
		}
		widget.setStyleRanges(new StyleRange[0]);
		ranges.sort(Comparator.comparingInt((StyleRange s) -> s.start));
		int length = widget.getCharCount();
		for (StyleRange r : ranges) {
			if (r.start + r.length <= length) {
				widget.setStyleRange(merge(widget, r));
			}
		}
		if (hideGlosses && content.marks() != null) {
			HiddenText.hide(widget, content.marks().glosses());
		}
	}

	/** Keeps what an earlier style set (bold heading, boilerplate grey) under a later one. */
	private static StyleRange merge(StyledText widget, StyleRange r) {
		StyleRange under = r.length > 0 ? widget.getStyleRangeAtOffset(r.start) : null;
		if (under != null) {
			r.fontStyle |= under.fontStyle;
			r.foreground = r.foreground == null ? under.foreground : r.foreground;
			r.background = r.background == null ? under.background : r.background;
		}
		return r;
	}

	private static StyleRange style(TextRange range, java.util.function.Consumer<StyleRange> how) {
		StyleRange s = new StyleRange();
		s.start = range.start();
		s.length = range.length();
		how.accept(s);
		return s;
	}
}
