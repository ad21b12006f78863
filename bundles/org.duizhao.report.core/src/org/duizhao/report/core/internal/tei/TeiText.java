package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamException;

import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.Passage;
import org.duizhao.text.core.CodePoints;

/**
 * One document's text in TEI, in a single {@code <ab xml:space="preserve">} that keeps the text
 * exactly, line breaks included.
 * <p>
 * Coded passages may overlap, and XML elements cannot. So the text is cut at every passage boundary
 * and each piece is wrapped in one {@code <seg>} per passage covering it, nested. A passage that
 * overlaps none is one {@code <seg xml:id="d1-p3" ana="#code-…" resp="#coder-1">}; a passage cut
 * into several pieces is a chain of {@code <seg>}s linked by {@code @next} and {@code @prev} (TEI's
 * way to make one virtual element of fragments), the first holding the passage's id and the
 * others {@code d1-p3.2}, {@code d1-p3.3}, … So the text of a passage is always the text of its
 * {@code <seg>} chain. A passage's memo is a {@code <note type="memo" target="#d1-p3">} right after
 * its last piece.
 */
final class TeiText {

	private final Xml xml;
	private final Ids ids;
	private final String prefix;

	TeiText(Xml xml, Ids ids, String prefix) {
		this.xml = xml;
		this.ids = ids;
		this.prefix = prefix;
	}

	void write(AnnotatedDocument d) throws XMLStreamException {
		String text = d.text();
		CodePoints.Index cp = CodePoints.index(text);
		int length = cp.codePointLength();
		List<Passage> passages = d.passages();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
		for (Passage p : passages) {
			cuts.add(start(p, length));
			cuts.add(end(p, length));
		}
		Map<Passage, Integer> pieceCount = new HashMap<>();
		for (Passage p : passages) {
			pieceCount.put(p, cuts.subSet(start(p, length), end(p, length)).size());
		}
		Map<Passage, Integer> written = new HashMap<>();
		xml.start("text").start("body").start("div").start("ab").xmlAttr("space", "preserve"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (Integer from = cuts.first(); from != null; from = cuts.higher(from)) {
			for (int i = 0; i < passages.size(); i++) {
				Passage p = passages.get(i);
				if (start(p, length) == from && end(p, length) == from) {
					fragment(p, i, 1, 1).end();
					memo(p, i);
				}
			}
			Integer to = cuts.higher(from);
			if (to == null) {
				break;
			}
			List<Integer> covering = new ArrayList<>();
			for (int i = 0; i < passages.size(); i++) {
				Passage p = passages.get(i);
				if (start(p, length) <= from && end(p, length) >= to) {
					covering.add(i);
					int k = written.merge(p, 1, Integer::sum);
					fragment(p, i, k, pieceCount.get(p));
				}
			}
			xml.text(text.substring(cp.toUtf16(from), cp.toUtf16(to)));
			for (int j = covering.size() - 1; j >= 0; j--) {
				xml.end();
			}
			for (int i : covering) {
				Passage p = passages.get(i);
				if (end(p, length) == to) {
					memo(p, i);
				}
			}
		}
		xml.end().end().end().end().newline();
	}

	private static int start(Passage p, int length) {
		return Math.min(p.annotation().start(), length);
	}

	private static int end(Passage p, int length) {
		return Math.min(p.annotation().end(), length);
	}

	/** Opens fragment {@code k} of {@code count} of passage {@code index}. */
	private Xml fragment(Passage p, int index, int k, int count) throws XMLStreamException {
		xml.start("seg").xmlAttr("id", id(index, k)); //$NON-NLS-1$ //$NON-NLS-2$
		String ana = Ids.ana(p.codes());
		if (ana != null) {
			xml.attr("ana", ana); //$NON-NLS-1$
		}
		xml.attr("resp", "#" + ids.coder(p.annotation().coder())); //$NON-NLS-1$ //$NON-NLS-2$
		if (k > 1) {
			xml.attr("prev", "#" + id(index, k - 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (k < count) {
			xml.attr("next", "#" + id(index, k + 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return xml;
	}

	private String id(int index, int k) {
		return prefix + "-p" + (index + 1) + (k > 1 ? "." + k : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void memo(Passage p, int index) throws XMLStreamException {
		if (p.annotation().memo().isEmpty()) {
			return;
		}
		xml.start("note").attr("type", "memo").attr("target", "#" + id(index, 1)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.attr("resp", "#" + ids.coder(p.annotation().coder())).text(p.annotation().memo()).end(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
