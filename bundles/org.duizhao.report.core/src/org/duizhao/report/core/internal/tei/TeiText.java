package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamException;

import org.duizhao.report.core.Passage;
import org.duizhao.text.core.CodePoints;

/**
 * One document's text in TEI, in a single {@code <ab xml:space="preserve">} that keeps the text
 * exactly, line breaks included, with {@link Mark}s on it.
 * <p>
 * Marks (coded passages; in a comparison also differences, shared and parallel passages) may
 * overlap, and XML elements cannot. So the text is cut at every mark boundary and each piece is
 * wrapped in one {@code <seg>} per mark covering it, nested in the order of the marks. A mark that
 * overlaps none is one {@code <seg xml:id="d1-p3" ana="#code-…" resp="#coder-1">}; a mark cut into
 * several pieces is a chain of {@code <seg>}s linked by {@code @next} and {@code @prev} (TEI's way to
 * make one virtual element of fragments), the first holding the mark's id and the others
 * {@code d1-p3.2}, {@code d1-p3.3}, … So the text of a mark is always the text of its {@code <seg>}
 * chain. A passage's memo is a {@code <note type="memo" target="#d1-p3">} right after its last piece.
 */
final class TeiText {

	private final Xml xml;

	TeiText(Xml xml) {
		this.xml = xml;
	}

	/** @return the marks of coded passages, ids {@code prefix-p1}, {@code prefix-p2}, … in order */
	static List<Mark> passages(List<Passage> passages, Ids ids, String prefix) {
		List<Mark> marks = new ArrayList<>();
		for (Passage p : passages) {
			Map<String, String> attributes = new LinkedHashMap<>();
			String ana = Ids.ana(p.codes());
			if (ana != null) {
				attributes.put("ana", ana); //$NON-NLS-1$
			}
			String resp = "#" + ids.coder(p.annotation().coder()); //$NON-NLS-1$
			attributes.put("resp", resp); //$NON-NLS-1$
			marks.add(new Mark(p.annotation().start(), p.annotation().end(), prefix + "-p" + (marks.size() + 1), //$NON-NLS-1$
					attributes, p.annotation().memo(), resp));
		}
		return marks;
	}

	/** Writes {@code <text><body><div><ab>} with {@code text} and the marks on it. */
	void write(String text, List<Mark> marks) throws XMLStreamException {
		CodePoints.Index cp = CodePoints.index(text);
		int length = cp.codePointLength();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
		for (Mark m : marks) {
			cuts.add(start(m, length));
			cuts.add(end(m, length));
		}
		List<Integer> byStart = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			byStart.add(i);
		}
		byStart.sort(Comparator.comparingInt(i -> start(marks.get(i), length)));
		Map<Integer, Integer> written = new HashMap<>();
		TreeSet<Integer> active = new TreeSet<>(); // the marks covering the current piece, outermost first
		int next = 0;
		xml.start("text").start("body").start("div").start("ab").xmlAttr("space", "preserve"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (Integer from = cuts.first(); from != null; from = cuts.higher(from)) {
			final int at = from;
			active.removeIf(i -> end(marks.get(i), length) <= at);
			for (; next < byStart.size() && start(marks.get(byStart.get(next)), length) == at; next++) {
				int i = byStart.get(next);
				if (end(marks.get(i), length) > at) {
					active.add(i);
				} else { // empty: a point between two pieces
					fragment(marks.get(i), 1, 1).end();
					memo(marks.get(i));
				}
			}
			Integer to = cuts.higher(from);
			if (to != null) {
				piece(text.substring(cp.toUtf16(from), cp.toUtf16(to)), to, marks, active, written, cuts, length);
			}
		}
		xml.end().end().end().end().newline();
	}

	/** Writes the piece of text up to {@code to} inside one {@code <seg>} per active mark. */
	private void piece(String piece, int to, List<Mark> marks, TreeSet<Integer> active, Map<Integer, Integer> written,
			TreeSet<Integer> cuts, int length) throws XMLStreamException {
		for (int i : active) {
			Mark m = marks.get(i);
			fragment(m, written.merge(i, 1, Integer::sum), cuts.subSet(start(m, length), end(m, length)).size());
		}
		xml.text(piece);
		for (int j = 0; j < active.size(); j++) {
			xml.end();
		}
		for (int i : active) {
			if (end(marks.get(i), length) == to) {
				memo(marks.get(i));
			}
		}
	}

	private static int start(Mark m, int length) {
		return Math.min(m.start(), length);
	}

	private static int end(Mark m, int length) {
		return Math.max(start(m, length), Math.min(m.end(), length));
	}

	/** Opens fragment {@code k} of {@code count} of mark {@code m}. */
	private Xml fragment(Mark m, int k, int count) throws XMLStreamException {
		xml.start("seg").xmlAttr("id", id(m, k)); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, String> a : m.attributes().entrySet()) {
			xml.attr(a.getKey(), a.getValue());
		}
		if (k > 1) {
			xml.attr("prev", "#" + id(m, k - 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (k < count) {
			xml.attr("next", "#" + id(m, k + 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return xml;
	}

	private static String id(Mark m, int k) {
		return m.id() + (k > 1 ? "." + k : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void memo(Mark m) throws XMLStreamException {
		if (m.memo() == null || m.memo().isEmpty()) {
			return;
		}
		xml.start("note").attr("type", "memo").attr("target", "#" + m.id()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (m.memoResp() != null) {
			xml.attr("resp", m.memoResp()); //$NON-NLS-1$
		}
		xml.text(m.memo()).end();
	}
}
