package org.duizhao.corpus.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.Structure;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.TextRange;

/**
 * The JSON form of a {@link Structure}: ranges as {@code [start, end]} code point offsets, because
 * every offset that leaves the program is a code point offset.
 */
public record StructureFile(int format, List<int[]> paragraphs, List<HeadingEntry> headings) {

	/** A heading in code points. */
	public record HeadingEntry(int level, int start, int end) {
	}

	/** @return the stored form of {@code structure} over {@code text} */
	public static StructureFile of(Structure structure, String text) {
		CodePoints.Index index = CodePoints.index(text);
		List<int[]> paragraphs = new ArrayList<>(structure.paragraphs().size());
		for (TextRange r : structure.paragraphs()) {
			paragraphs.add(new int[] { index.toCodePoint(r.start()), index.toCodePoint(r.end()) });
		}
		List<HeadingEntry> headings = new ArrayList<>();
		for (Structure.Heading h : structure.headings()) {
			headings.add(new HeadingEntry(h.level(), index.toCodePoint(h.range().start()),
					index.toCodePoint(h.range().end())));
		}
		return new StructureFile(ProjectLayout.FORMAT, paragraphs, headings);
	}

	/** @return the structure in UTF-16 ranges of {@code text} */
	public Structure toStructure(String text) {
		CodePoints.Index index = CodePoints.index(text);
		List<TextRange> p = new ArrayList<>();
		if (paragraphs != null) {
			for (int[] r : paragraphs) {
				p.add(new TextRange(index.toUtf16(r[0]), index.toUtf16(r[1])));
			}
		}
		List<Structure.Heading> h = new ArrayList<>();
		if (headings != null) {
			for (HeadingEntry e : headings) {
				h.add(new Structure.Heading(e.level(), new TextRange(index.toUtf16(e.start()), index.toUtf16(e.end()))));
			}
		}
		return new Structure(p, h);
	}
}
