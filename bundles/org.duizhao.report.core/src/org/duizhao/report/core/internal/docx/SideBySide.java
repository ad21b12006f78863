package org.duizhao.report.core.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.annotations.core.Code;
import org.duizhao.compare.core.HunkType;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.internal.CodeColors;
import org.duizhao.report.core.internal.ComparisonHtml;
import org.duizhao.report.core.internal.Messages;
import org.duizhao.text.core.CodePoints;
import org.eclipse.osgi.util.NLS;

/**
 * Both texts of a pair side by side in Word: a key, then a two-column table (A | B) whose rows
 * hold the same paragraphs of both ({@link PairRows}). Differences are shaded as in the HTML report
 * (insertions green, deletions red and struck through, changes amber, moves blue) and numbered
 * alike on both sides; shared passages have a dotted grey underline; coded passages a thick
 * underline in their code's colour (double where codings overlap); each passage memo is a Word
 * comment anchored to its passage, so the annotations of either side are in the margin.
 */
final class SideBySide {

	static final String GREY = "888888"; //$NON-NLS-1$

	private final XWPFDocument doc;
	private final Comments comments;

	SideBySide(XWPFDocument doc, Comments comments) {
		this.doc = doc;
		this.comments = comments;
	}

	/** @return the Word colour ({@code RRGGBB}) a difference of {@code type} is shaded in */
	static String color(HunkType type) {
		return switch (type) {
		case INSERT -> "C6EFCE"; //$NON-NLS-1$
		case DELETE -> "FFC7CE"; //$NON-NLS-1$
		case CHANGE -> "FFEB9C"; //$NON-NLS-1$
		case MOVE -> "BDD7EE"; //$NON-NLS-1$
		};
	}

	void write(PairComparison pair) {
		key(pair);
		XWPFTable table = doc.createTable(1, 2);
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		Docx.run(Docx.cellParagraph(head.getCell(0)), "A: " + pair.a().document().displayName()).setBold(true); //$NON-NLS-1$
		Docx.run(Docx.cellParagraph(head.getCell(1)), "B: " + pair.b().document().displayName()).setBold(true); //$NON-NLS-1$
		Side a = new Side(pair.a(), pair, true);
		Side b = new Side(pair.b(), pair, false);
		List<PairRows.Row> rows = PairRows.of(pair);
		for (int i = 0; i < rows.size(); i++) {
			PairRows.Row r = rows.get(i);
			boolean last = i == rows.size() - 1;
			XWPFTableRow row = table.createRow();
			a.write(row.getCell(0), r.aStart(), r.aEnd(), last);
			b.write(row.getCell(1), r.bStart(), r.bEnd(), last);
		}
		Docx.widths(table, 1, 1);
		for (AnnotatedDocument d : List.of(pair.a(), pair.b())) {
			if (d.leftOut() > 0) {
				Docx.grey(doc.createParagraph(), d.document().displayName() + ": " //$NON-NLS-1$
						+ NLS.bind(Messages.leftOut, d.leftOut())).setItalic(true);
			}
		}
		doc.createParagraph();
	}

	/** The key: each kind of difference and shared passages as they are marked, then the codes used. */
	private void key(PairComparison pair) {
		XWPFParagraph p = doc.createParagraph();
		for (HunkType t : HunkType.values()) {
			XWPFRun run = Docx.run(p, ComparisonHtml.typeName(t));
			Docx.shade(run, color(t));
			run.setStrikeThrough(t == HunkType.DELETE);
			Docx.run(p, "  "); //$NON-NLS-1$
		}
		XWPFRun shared = Docx.run(p, Messages.comparisonSharedKey);
		shared.setUnderline(UnderlinePatterns.DOTTED);
		shared.setUnderlineColor(GREY);
		Map<String, Code> codes = new LinkedHashMap<>();
		for (AnnotatedDocument d : List.of(pair.a(), pair.b())) {
			d.passages().forEach(x -> x.codes().forEach(c -> codes.putIfAbsent(c.id(), c)));
		}
		for (Code c : codes.values()) {
			Docx.run(p, "  "); //$NON-NLS-1$
			XWPFRun run = Docx.run(p, c.name());
			run.setUnderline(UnderlinePatterns.THICK);
			run.setUnderlineColor(Docx.color(c.color()));
		}
	}

	/** One document's column: its text with the marks of the pair, written row by row. */
	private final class Side {

		private final AnnotatedDocument doc;
		private final String text;
		private final CodePoints.Index cp;
		private final int length;
		private final boolean isA;
		private final List<Difference> differences;
		private final List<int[]> shared = new ArrayList<>();
		private final TreeSet<Integer> lineCuts;
		private final Map<Passage, BigInteger> ids = new HashMap<>();

		Side(AnnotatedDocument doc, PairComparison pair, boolean isA) {
			this.doc = doc;
			this.text = doc.text();
			this.cp = CodePoints.index(text);
			this.length = cp.codePointLength();
			this.isA = isA;
			this.differences = pair.differences();
			for (MatchedPassage s : pair.shared()) {
				shared.add(isA ? new int[] { s.aStart(), s.aEnd() } : new int[] { s.bStart(), s.bEnd() });
			}
			lineCuts = new TreeSet<>();
			for (int end : PairRows.lineEnds(text)) {
				lineCuts.add(end);
				lineCuts.add(end - (lineBreakLength(end)));
			}
		}

		private int lineBreakLength(int end) {
			int i = cp.toUtf16(end);
			return i >= 2 && text.charAt(i - 1) == '\n' && text.charAt(i - 2) == '\r' ? 2 : 1;
		}

		private int start(Difference d) {
			return Math.min(isA ? d.aStart() : d.bStart(), length);
		}

		private int end(Difference d) {
			return Math.min(isA ? d.aEnd() : d.bEnd(), length);
		}

		/** Writes [{@code from}, {@code to}) into {@code cell}; the last row also takes marks at the very end. */
		void write(XWPFTableCell cell, int from, int to, boolean last) {
			TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
			cuts.addAll(lineCuts.subSet(from, true, to, true));
			for (Difference d : differences) {
				clip(cuts, from, to, start(d));
				clip(cuts, from, to, end(d));
			}
			shared.forEach(s -> {
				clip(cuts, from, to, s[0]);
				clip(cuts, from, to, s[1]);
			});
			Map<Integer, List<BigInteger>> opens = new HashMap<>();
			Map<Integer, List<BigInteger>> closes = new HashMap<>();
			for (Passage p : doc.passages()) {
				int s = Math.min(p.annotation().start(), length);
				int e = Math.min(p.annotation().end(), length);
				clip(cuts, from, to, s);
				clip(cuts, from, to, e);
				if (!p.annotation().memo().isEmpty() && inRow(s, from, to, last)) {
					BigInteger id = ids.computeIfAbsent(p, comments::create);
					opens.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
					closes.computeIfAbsent(Math.min(e, to), k -> new ArrayList<>()).add(id);
				}
			}
			XWPFParagraph para = Docx.cellParagraph(cell);
			for (Integer at = cuts.first(); at != null; at = cuts.higher(at)) {
				List<BigInteger> opening = opens.getOrDefault(at, List.of());
				List<BigInteger> closing = closes.getOrDefault(at, List.of());
				close(para, opening, closing);
				numbers(para, at, from, to, last);
				open(para, opening, closing);
				Integer next = cuts.higher(at);
				if (next != null) {
					para = piece(cell, para, at, next, next == to);
				}
			}
		}

		private static void clip(TreeSet<Integer> cuts, int from, int to, int at) {
			if (at > from && at < to) {
				cuts.add(at);
			}
		}

		private static boolean inRow(int at, int from, int to, boolean last) {
			return at >= from && (at < to || last && at == to);
		}

		/** Closes the comments that end at this point (a comment on an empty passage is closed by {@link #open}). */
		private static void close(XWPFParagraph para, List<BigInteger> opening, List<BigInteger> closing) {
			for (BigInteger id : closing) {
				if (!opening.contains(id)) {
					Comments.end(para, id);
				}
			}
		}

		/** Opens the comments that start at this point, after the difference numbers placed there. */
		private static void open(XWPFParagraph para, List<BigInteger> opening, List<BigInteger> closing) {
			for (BigInteger id : opening) {
				Comments.start(para, id);
				if (closing.contains(id)) {
					Comments.end(para, id);
				}
			}
		}

		/** Writes the numbers of the differences that start at {@code at}, in superscript. */
		private void numbers(XWPFParagraph para, int at, int from, int to, boolean last) {
			if (!inRow(at, from, to, last)) {
				return;
			}
			for (Difference d : differences) {
				if (start(d) == at) {
					XWPFRun run = Docx.run(para, Integer.toString(d.number()));
					run.setSubscript(VerticalAlign.SUPERSCRIPT);
					run.setColor("555555"); //$NON-NLS-1$
				}
			}
		}

		/** Writes one piece; @return the paragraph to go on in (a new one after a line break inside the row) */
		private XWPFParagraph piece(XWPFTableCell cell, XWPFParagraph para, int from, int to, boolean endOfRow) {
			String piece = text.substring(cp.toUtf16(from), cp.toUtf16(to));
			if (piece.equals("\n") || piece.equals("\r\n") || piece.equals("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return endOfRow ? para : cell.addParagraph();
			}
			XWPFRun run = Docx.run(para, piece);
			Difference d = differences.stream().filter(x -> start(x) <= from && end(x) >= to).findFirst().orElse(null);
			if (d != null) {
				Docx.shade(run, color(d.type()));
				run.setStrikeThrough(d.type() == HunkType.DELETE);
			}
			List<Passage> covering = doc.passages().stream()
					.filter(p -> p.annotation().start() <= from && p.annotation().end() >= to).toList();
			if (!covering.isEmpty()) {
				List<Code> codes = covering.get(0).codes();
				run.setUnderline(covering.size() > 1 ? UnderlinePatterns.DOUBLE : UnderlinePatterns.THICK);
				run.setUnderlineColor(Docx.color(codes.isEmpty() ? CodeColors.NO_CODE : codes.get(0).color()));
			} else if (shared.stream().anyMatch(s -> s[0] <= from && s[1] >= to)) {
				run.setUnderline(UnderlinePatterns.DOTTED);
				run.setUnderlineColor(GREY);
			}
			return para;
		}
	}
}
