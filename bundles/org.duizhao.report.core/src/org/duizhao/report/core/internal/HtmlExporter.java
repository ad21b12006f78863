package org.duizhao.report.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.SegmentsReport;

/**
 * HTML: one self-contained UTF-8 file (styles inline, no scripts, no external resources) that also
 * prints well: code colours are kept when printing and each document starts a new page.
 */
public final class HtmlExporter implements ReportExporter {

	/** The style sheet of every HTML file this bundle writes. */
	static final String CSS = """
			body{font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;line-height:1.7;margin:2em;color:#111}
			h1{font-size:1.5em}h2{font-size:1.25em;margin-top:2em}
			table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}
			.text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1em}
			mark{color:inherit;padding:0}mark.ov{outline:1px dashed #555}
			.sw{display:inline-block;width:1em;height:1em;border:1px solid #888;vertical-align:middle;margin-right:.3em}
			.num{text-align:right}.ctx{color:#777}.note{color:#555;font-style:italic}
			sup.fn a{text-decoration:none}
			.ins{background:#c6efce}.del{background:#ffc7ce}.chg{background:#ffeb9c}.mov{background:#bdd7ee}
			.sh{text-decoration:underline dotted #888}.key span{padding:0 .3em}
			sup.dn{color:#555;font-size:.7em}
			table.sbs{width:100%;table-layout:fixed}table.sbs td{width:50%}table.sbs .text{border-left:none;padding-left:0}
			table.list td{font-size:.9em}
			*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
			@media print{body{margin:0}section.doc{break-before:page}section.doc:first-of-type{break-before:auto}a{color:inherit}}
			"""; //$NON-NLS-1$

	@Override
	public String format() {
		return "html"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "html"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return EnumSet.of(ReportKind.DOCUMENT, ReportKind.SEGMENTS, ReportKind.COMPARISON, ReportKind.AGREEMENT);
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		Html html = new Html();
		String title = org.eclipse.osgi.util.NLS.bind(title(report.kind()), report.projectName());
		head(html, title);
		if (report instanceof DocumentReport d) {
			legend(html, d.legend());
			new DocumentHtml(html).write(d);
		} else if (report instanceof SegmentsReport s) {
			legend(html, s.groups().stream().map(g -> g.entry()).toList());
			new SegmentsHtml(html).write(s);
		} else if (report instanceof ComparisonReport c) {
			new ComparisonHtml(html).write(c);
		} else if (report instanceof AgreementReport a) {
			new AgreementHtml(html).write(a);
		} else {
			throw new IllegalArgumentException(report.kind().id());
		}
		html.raw("</body></html>\n"); //$NON-NLS-1$
		out.write(html.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/**
	 * Opens a page: the head (styles inline; a content security policy that forbids scripts and
	 * every external resource) and the {@code h1}. XHTML-compatible: every element closed, so an
	 * XML-based renderer (HTML to PDF) reads it too.
	 */
	static void head(Html html, String title) {
		html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh\"><head><meta charset=\"utf-8\"/>") //$NON-NLS-1$
				.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>") //$NON-NLS-1$
				.element("title", title).raw("<style>").raw(CSS).raw("</style></head>\n<body>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.element("h1", title).raw("\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String title(ReportKind kind) {
		return switch (kind) {
		case DOCUMENT -> Messages.titleDocuments;
		case SEGMENTS -> Messages.titleSegments;
		case COMPARISON -> Messages.titleComparison;
		case AGREEMENT -> Messages.titleAgreement;
		};
	}

	static void legend(Html html, List<LegendEntry> legend) {
		html.element("h2", Messages.legend).raw("<table class=\"legend\"><tr>") //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.legendCode).element("th", Messages.legendCount) //$NON-NLS-1$ //$NON-NLS-2$
				.element("th", Messages.legendCoverage).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (LegendEntry e : legend) {
			html.raw("<tr><td>").raw(swatch(e.code().color())).text(e.path()).raw("</td><td class=\"num\">") //$NON-NLS-1$ //$NON-NLS-2$
					.text(Integer.toString(e.count())).raw("</td><td class=\"num\">") //$NON-NLS-1$
					.text(String.format(Locale.ROOT, "%.1f%%", e.coverage() * 100)).raw("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("</table>\n"); //$NON-NLS-1$
	}

	static String swatch(String color) {
		return "<span class=\"sw\" style=\"background:" + Html.color(color) + "\"></span>"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
