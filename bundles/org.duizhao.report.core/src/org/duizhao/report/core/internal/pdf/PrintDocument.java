package org.duizhao.report.core.internal.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML report made ready for paged output. The report's HTML is HTML5, which openhtmltopdf
 * cannot parse itself (it needs well-formed XML), so jsoup parses it and hands over a DOM. Then a
 * print stylesheet is appended: A4 pages with the report's title at the top and "page / pages" at
 * the bottom, the chosen fonts for every element, and what the renderer does not support replaced
 * (gradient stripes of overlapping codes become a background and underlines; openhtmltopdf draws
 * some gradients wrongly and fails on others).
 */
final class PrintDocument {

	private static final String PAGE = """
			@page{size:A4;margin:20mm 17mm 18mm 17mm;
			@top-center{content:%1$s;font-family:%2$s;font-size:8pt;color:#555;vertical-align:bottom;padding-bottom:3mm}
			@bottom-center{content:counter(page) " / " counter(pages);font-family:%2$s;font-size:8pt;color:#555}
			@footnote{border-top:0.5pt solid #999;padding-top:1.5mm;orphans:0;widows:0}}
			html,body,body *{font-family:%2$s}
			body{margin:0;line-height:1.6;font-size:10.5pt}
			.text{white-space:pre-wrap;word-wrap:break-word}
			section.doc{break-before:auto;page-break-before:auto}section.doc+section.doc{page-break-before:always}
			h1,h2,h3{page-break-after:avoid}tr{page-break-inside:avoid}
			a{color:inherit;text-decoration:none}sup.fn{font-size:70%%;line-height:0}
			mark.ov{border-bottom-style:solid}
			.pfn{float:footnote;font-size:8pt;line-height:1.4;white-space:normal;font-style:normal;color:#222;text-align:left}
			.pfn::footnote-call{content:attr(data-n);font-size:7pt;vertical-align:super;line-height:0;color:#555}
			.pfn::footnote-marker{content:attr(data-n) ". "}
			"""; //$NON-NLS-1$
	private static final Pattern GRADIENT = Pattern.compile("background(?:-image)?\\s*:\\s*[^;\"]*gradient\\([^;\"]*"); //$NON-NLS-1$
	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}"); //$NON-NLS-1$
	/** Characters the header and footer add to the text: page numbers and their separator. */
	private static final String FURNITURE = "0123456789 /"; //$NON-NLS-1$

	private final Document html;

	private PrintDocument(Document html) {
		this.html = html;
	}

	/** Parses the report's HTML; no resource is fetched (the report has none, and none may sneak in). */
	static PrintDocument parse(String html) {
		PrintDocument d = new PrintDocument(Jsoup.parse(html));
		d.replaceGradients();
		d.footnotes();
		return d;
	}

	/** @return every code point the PDF will show: the title, the body and the page numbers */
	BitSet codePoints() {
		BitSet set = new BitSet();
		html.title().codePoints().forEach(set::set);
		html.body().wholeText().codePoints().forEach(set::set);
		FURNITURE.codePoints().forEach(set::set);
		return set;
	}

	/** Appends the print stylesheet that uses the font families {@code families}, in order. */
	void style(List<String> families) {
		List<String> quoted = new ArrayList<>();
		families.forEach(f -> quoted.add(cssString(f)));
		String css = String.format(PAGE, cssString(html.title()), String.join(",", quoted)); //$NON-NLS-1$
		html.head().appendElement("style").appendChild(new DataNode(css)); //$NON-NLS-1$
	}

	/** @return the document as a W3C DOM, as openhtmltopdf takes it */
	org.w3c.dom.Document w3c() {
		return new W3CDom().fromJsoup(html);
	}

	/**
	 * Makes each passage memo a page footnote ({@code float: footnote}, which openhtmltopdf lays out
	 * at the bottom of the page where its call is): the note of a list of numbered notes
	 * ({@code ol.notes}) moves to where its mark ({@code sup.fn}) is, keeps the mark's label as
	 * its number, and loses its link back; a list left empty goes, with its heading.
	 */
	private void footnotes() {
		for (Element list : html.select("ol.notes")) { //$NON-NLS-1$
			for (Element note : list.select("> li[id]")) { //$NON-NLS-1$
				Element link = html.selectFirst("sup.fn > a[href=\"#" + note.id() + "\"]"); //$NON-NLS-1$ //$NON-NLS-2$
				if (link == null) {
					continue;
				}
				Element footnote = new Element("div").addClass("pfn").attr("data-n", link.text()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Element back = note.selectFirst("> a"); //$NON-NLS-1$
				if (back != null) {
					back.remove();
				}
				footnote.appendChildren(new ArrayList<>(note.childNodes()));
				link.parent().replaceWith(footnote);
				note.remove();
			}
			if (list.children().isEmpty()) {
				Element heading = list.previousElementSibling();
				if (heading != null && heading.tagName().equals("h3")) { //$NON-NLS-1$
					heading.remove();
				}
				list.remove();
			}
		}
	}

	private void replaceGradients() {
		for (Element e : html.select("[style*=gradient]")) { //$NON-NLS-1$
			Matcher m = GRADIENT.matcher(e.attr("style")); //$NON-NLS-1$
			StringBuilder style = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(style, Matcher.quoteReplacement(stripes(m.group())));
			}
			m.appendTail(style);
			e.attr("style", style.toString()); //$NON-NLS-1$
		}
	}

	/** @return the first colour as the background, the second and third as lines below and above */
	private static String stripes(String gradient) {
		Set<String> colors = new LinkedHashSet<>();
		Matcher c = COLOR.matcher(gradient);
		while (c.find()) {
			colors.add(c.group());
		}
		List<String> list = new ArrayList<>(colors);
		if (list.isEmpty()) {
			return "background-color:transparent"; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder("background-color:").append(list.get(0)); //$NON-NLS-1$
		if (list.size() > 1) {
			b.append(";border-bottom:0.25em solid ").append(list.get(1)); //$NON-NLS-1$
		}
		if (list.size() > 2) {
			b.append(";border-top:0.25em solid ").append(list.get(2)); //$NON-NLS-1$
		}
		return b.toString();
	}

	/** @return {@code text} as a quoted CSS string; everything but letters and digits is escaped */
	static String cssString(String text) {
		StringBuilder b = new StringBuilder("\""); //$NON-NLS-1$
		text.codePoints().forEach(cp -> {
			if (Character.isLetterOrDigit(cp) || cp == ' ') {
				b.appendCodePoint(cp);
			} else {
				b.append('\\').append(Integer.toHexString(cp)).append(' ');
			}
		});
		return b.append('"').toString();
	}
}
