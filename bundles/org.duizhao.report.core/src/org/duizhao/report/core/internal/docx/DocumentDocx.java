package org.duizhao.report.core.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.duizhao.annotations.core.Memo;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.internal.CodeColors;
import org.duizhao.report.core.internal.Messages;
import org.duizhao.text.core.CodePoints;
import org.eclipse.osgi.util.NLS;

/**
 * The annotated documents in Word: per document a heading, the metadata table and the text, cut at
 * every passage boundary and line break. A run covered by one passage is shaded in its code's
 * colour; a run covered by several (an overlap) is shaded in the mix of their colours and double
 * underlined. Each passage with a memo carries a Word comment anchored to exactly its text.
 */
final class DocumentDocx {

	private final XWPFDocument doc;
	private final Comments comments;

	DocumentDocx(XWPFDocument doc) {
		this.doc = doc;
		this.comments = new Comments(doc);
	}

	void write(DocumentReport report) {
		boolean first = true;
		for (AnnotatedDocument d : report.documents()) {
			XWPFParagraph h = Docx.heading(doc, d.document().displayName(), 14);
			h.setPageBreak(!first);
			first = false;
			Metadata.write(doc, d.document().metadata());
			if (d.leftOut() > 0) {
				Docx.grey(doc.createParagraph(), NLS.bind(Messages.leftOut, d.leftOut())).setItalic(true);
			}
			text(d);
			memos(d.memos());
		}
	}

	private void text(AnnotatedDocument d) {
		String text = d.text();
		CodePoints.Index cp = CodePoints.index(text);
		int length = cp.codePointLength();
		TreeSet<Integer> cuts = lineBreaks(text);
		cuts.add(0);
		cuts.add(length);
		Map<Integer, List<BigInteger>> opens = new HashMap<>();
		Map<Integer, List<BigInteger>> closes = new HashMap<>();
		for (Passage p : d.passages()) {
			int start = Math.min(p.annotation().start(), length);
			int end = Math.min(p.annotation().end(), length);
			cuts.add(start);
			cuts.add(end);
			if (!p.annotation().memo().isEmpty()) {
				BigInteger id = comments.create(p);
				opens.computeIfAbsent(start, k -> new ArrayList<>()).add(id);
				closes.computeIfAbsent(end, k -> new ArrayList<>()).add(id);
			}
		}
		XWPFParagraph para = doc.createParagraph();
		for (Integer from = cuts.first(); from != null; from = cuts.higher(from)) {
			List<BigInteger> opening = opens.getOrDefault(from, List.of());
			List<BigInteger> closing = closes.getOrDefault(from, List.of());
			for (BigInteger id : closing) {
				if (!opening.contains(id)) {
					Comments.end(para, id);
				}
			}
			for (BigInteger id : opening) {
				Comments.start(para, id);
				if (closing.contains(id)) {
					Comments.end(para, id);
				}
			}
			Integer to = cuts.higher(from);
			if (to != null) {
				para = piece(para, text.substring(cp.toUtf16(from), cp.toUtf16(to)), covering(d.passages(), from, to));
			}
		}
	}

	/** @return the code point positions around each line break ({@code \n}, {@code \r\n} or {@code \r}) */
	private static TreeSet<Integer> lineBreaks(String text) {
		TreeSet<Integer> cuts = new TreeSet<>();
		int cpIndex = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), cpIndex++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				boolean pair = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
				cuts.add(cpIndex);
				cuts.add(cpIndex + (pair ? 2 : 1));
				if (pair) {
					i++;
					cpIndex++;
				}
			}
		}
		return cuts;
	}

	private static List<Passage> covering(List<Passage> passages, int from, int to) {
		return passages.stream().filter(p -> p.annotation().start() <= from && p.annotation().end() >= to).toList();
	}

	/** Writes one piece of text; @return the paragraph to go on in (a new one after a line break) */
	private XWPFParagraph piece(XWPFParagraph para, String text, List<Passage> covering) {
		if (text.equals("\n") || text.equals("\r\n") || text.equals("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return doc.createParagraph();
		}
		XWPFRun run = Docx.run(para, text);
		if (covering.isEmpty()) {
			return para;
		}
		Set<String> colors = new LinkedHashSet<>();
		for (Passage p : covering) {
			colors.add(Docx.color(p.codes().isEmpty() ? CodeColors.NO_CODE : p.codes().get(0).color()));
		}
		Docx.shade(run, Docx.mix(new ArrayList<>(colors)));
		if (covering.size() > 1) {
			run.setUnderline(UnderlinePatterns.DOUBLE);
		}
		return para;
	}

	private void memos(List<Memo> memos) {
		if (memos.isEmpty()) {
			return;
		}
		Docx.heading(doc, Messages.documentMemos, 12);
		for (Memo m : memos) {
			XWPFParagraph p = doc.createParagraph();
			Docx.run(p, m.title()).setBold(true);
			Docx.grey(p, " — " + m.author()); //$NON-NLS-1$
			Docx.paragraph(doc, m.text());
		}
	}
}
