package org.duizhao.corpus.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.duizhao.corpus.core.Structure;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.segment.Paragraphs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML body: block elements and {@code <br>} start new lines, runs of ASCII
 * white space collapse as a browser would (full-width spaces are kept: they are indentation), and
 * {@code <h1>}…{@code <h6>} are recorded as headings.
 */
final class HtmlText implements NodeVisitor {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section", "article", "header", "footer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"dt", "dd", "dl", "hr", "center", "form", "caption", "figcaption", "address", "main", "nav", "aside"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

	private final StringBuilder out = new StringBuilder();
	private final List<Structure.Heading> headings = new ArrayList<>();
	private int headingStart = -1;

	HtmlText(Document page) {
		Element root = page.body() != null ? page.body() : page;
		NodeTraversor.traverse(this, root);
		trimLineEnd();
	}

	String text() {
		return out.toString();
	}

	Structure structure() {
		return new Structure(Paragraphs.of(out), headings);
	}

	@Override
	public void head(Node node, int depth) {
		if (node instanceof TextNode t) {
			appendText(t.getWholeText());
		} else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
			newLine();
			if (headingLevel(e) > 0) {
				headingStart = out.length();
			}
		}
	}

	@Override
	public void tail(Node node, int depth) {
		if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
			int level = headingLevel(e);
			if (level > 0 && headingStart >= 0) {
				trimLineEnd();
				if (out.length() > headingStart) {
					headings.add(new Structure.Heading(level, new TextRange(headingStart, out.length())));
				}
				headingStart = -1;
			}
			newLine();
		}
	}

	private void appendText(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
			if (!space) {
				out.append(c);
			} else if (out.length() > 0 && !atLineStart() && out.charAt(out.length() - 1) != ' ') {
				out.append(' ');
			}
		}
	}

	private void newLine() {
		trimLineEnd();
		if (out.length() > 0 && !atLineStart()) {
			out.append('\n');
		}
	}

	private boolean atLineStart() {
		return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
	}

	private void trimLineEnd() {
		while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
			out.setLength(out.length() - 1);
		}
	}

	private static int headingLevel(Element e) {
		String name = e.normalName();
		return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
				? name.charAt(1) - '0'
				: 0;
	}
}
