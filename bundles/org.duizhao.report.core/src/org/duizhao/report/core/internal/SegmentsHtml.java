package org.duizhao.report.core.internal;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.report.core.CodeGroup;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;
import org.eclipse.osgi.util.NLS;

/** The coded segments in HTML: one section per code, each passage with its context and source. */
final class SegmentsHtml {

	private final Html html;

	SegmentsHtml(Html html) {
		this.html = html;
	}

	void write(SegmentsReport report) {
		if (report.groups().isEmpty()) {
			html.element("p class=\"note\"", Messages.noPassages); //$NON-NLS-1$
		}
		for (CodeGroup g : report.groups()) {
			html.raw("<section class=\"code\">\n<h2>").raw(HtmlExporter.swatch(g.entry().code().color())) //$NON-NLS-1$
					.text(g.entry().path()).raw(" (").text(Integer.toString(g.segments().size())).raw(")</h2>\n") //$NON-NLS-1$ //$NON-NLS-2$
					.raw("<table class=\"segments\"><tr><th></th>").element("th", Messages.segmentDocument) //$NON-NLS-1$ //$NON-NLS-2$
					.element("th", Messages.segmentLocation).element("th", Messages.segmentCoder) //$NON-NLS-1$ //$NON-NLS-2$
					.element("th", Messages.segmentMemo).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (Segment s : g.segments()) {
				row(s);
			}
			html.raw("</table>\n</section>\n"); //$NON-NLS-1$
		}
	}

	private void row(Segment s) {
		Annotation a = s.passage().annotation();
		html.raw("<tr><td><span class=\"ctx\">…").text(a.quote().prefix()).raw("</span><mark>") //$NON-NLS-1$ //$NON-NLS-2$
				.text(a.quote().exact()).raw("</mark><span class=\"ctx\">").text(a.quote().suffix()) //$NON-NLS-1$
				.raw("…</span></td>").element("td", s.document().displayName()) //$NON-NLS-1$ //$NON-NLS-2$
				.element("td", NLS.bind(Messages.location, a.start(), a.end())).element("td", a.coder()) //$NON-NLS-1$ //$NON-NLS-2$
				.element("td", a.memo()).raw("</tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
