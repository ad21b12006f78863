package org.duizhao.analysis.ui.internal.chart;

import java.util.List;

import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.DiffusionCell;
import org.duizhao.analysis.core.corpus.DiffusionGrouping;
import org.duizhao.analysis.core.corpus.DiffusionMatrix;
import org.duizhao.analysis.core.corpus.DiffusionReport;
import org.duizhao.analysis.core.corpus.FirstAppearance;
import org.duizhao.analysis.core.corpus.TimelinePoint;
import org.duizhao.analysis.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The diffusion chart of one phrase (or all): above, a timeline with one lane per region and one
 * dot per dated document holding the phrase (larger for more occurrences, ringed where the region
 * first took it up); below, the region × year table as a heat map with document counts.
 */
public final class DiffusionChart implements Chart {

	private static final int MARGIN = 12;
	private final DiffusionReport report;
	private final String phrase;
	private final DiffusionMatrix matrix;
	private final List<String> regions;
	private int points;
	private int cells;

	/**
	 * @param report what was found
	 * @param phrase the phrase to draw, or {@code null} for all of them
	 */
	public DiffusionChart(DiffusionReport report, String phrase) {
		this.report = report;
		this.phrase = phrase;
		this.matrix = report.matrix(phrase, DiffusionGrouping.REGION_YEAR);
		this.regions = matrix.rows();
	}

	/** Paints the chart into a {@code width} × {@code height} area. */
	@Override
	public void paint(Painter p, int width, int height) {
		points = 0;
		cells = 0;
		p.fillRect(0, 0, width, height, Palette.PAPER);
		int lh = p.lineHeight();
		p.text(title(), MARGIN, MARGIN / 2, Palette.INK);
		int labels = MARGIN + 12 + regions.stream().mapToInt(r -> p.textWidth(label(r))).max().orElse(40) + 8; // 12: the table's colour dot
		int top = MARGIN + lh + 4;
		int split = top + (height - top) * 11 / 20;
		timeline(p, labels, top, width - MARGIN, split - lh - 6);
		table(p, labels, split + 4, width - MARGIN, height - MARGIN);
	}

	private String title() {
		var counts = report.counts(phrase);
		int occurrences = counts.values().stream().mapToInt(Integer::intValue).sum();
		String what = phrase != null ? phrase : String.join(Messages.Chart_separator, report.phrases());
		return NLS.bind(Messages.Chart_title, new Object[] { what, counts.size(), occurrences });
	}

	private void timeline(Painter p, int left, int top, int right, int bottom) {
		List<TimelinePoint> dated = report.timeline(phrase);
		if (regions.isEmpty() || dated.isEmpty()) {
			p.text(Messages.Chart_noDates, left, top, Palette.INK);
			return;
		}
		double from = Math.floor(dated.stream().mapToDouble(t -> year(t.document().date())).min().orElse(2000));
		double to = Math.floor(dated.stream().mapToDouble(t -> year(t.document().date())).max().orElse(2000)) + 1;
		double lane = (bottom - top) / (double) regions.size();
		for (int y = (int) from; y <= (int) to; y++) {
			int x = x(y, from, to, left, right);
			p.line(x, top, x, bottom, Palette.GRID, 1);
			if (y < to) {
				p.text(Integer.toString(y), x + 3, bottom + 2, Palette.INK);
			}
		}
		List<FirstAppearance> first = report.firstAppearances(phrase);
		for (int r = 0; r < regions.size(); r++) {
			int cy = (int) (top + lane * r + lane / 2);
			p.text(label(regions.get(r)), MARGIN, cy - p.lineHeight() / 2, Palette.INK);
			p.line(left, cy, right, cy, Palette.GRID, 1);
		}
		for (TimelinePoint t : dated) {
			int r = regions.indexOf(t.document().regionKey());
			int cy = (int) (top + lane * r + lane / 2);
			int cx = x(year(t.document().date()), from, to, left, right);
			boolean isFirst = first.stream().anyMatch(f -> f.document().equals(t.document()));
			p.circle(cx, cy, Math.min(10, 3 + t.occurrences()), Palette.region(r), isFirst ? Palette.FIRST : -1);
			points++;
		}
	}

	private void table(Painter p, int left, int top, int right, int bottom) {
		List<String> years = matrix.columns();
		if (regions.isEmpty()) {
			return;
		}
		int lh = p.lineHeight();
		int cw = Math.max(28, (right - left) / Math.max(1, years.size()));
		int ch = Math.max(lh + 2, Math.min(28, (bottom - top - lh) / Math.max(1, regions.size())));
		for (int c = 0; c < years.size(); c++) {
			p.text(label(years.get(c)), left + c * cw + 3, top, Palette.INK);
		}
		int max = Math.max(1, matrix.maxDocuments());
		for (int r = 0; r < regions.size(); r++) {
			int y = top + lh + r * ch;
			p.circle(MARGIN + 4, y + ch / 2, 4, Palette.region(r), -1);
			p.text(label(regions.get(r)), MARGIN + 12, y + (ch - lh) / 2, Palette.INK);
			for (int c = 0; c < years.size(); c++) {
				DiffusionCell cell = matrix.cell(r, c);
				double share = cell.documents() / (double) max;
				p.fillRect(left + c * cw, y, cw - 1, ch - 1, Palette.heat(share));
				if (cell.documents() > 0) {
					p.text(Integer.toString(cell.documents()), left + c * cw + 4, y + (ch - lh) / 2, Palette.onHeat(share));
					cells++;
				}
			}
		}
	}

	private static int x(double year, double from, double to, int left, int right) {
		return (int) Math.round(left + (year - from) / (to - from) * (right - left - 20));
	}

	/** @return the date as a year with a fraction: 2018-07-01 is about 2018.5 */
	static double year(String date) {
		String[] parts = date.split("-"); //$NON-NLS-1$
		try {
			double y = Integer.parseInt(parts[0].substring(0, Math.min(4, parts[0].length())));
			double month = parts.length > 1 ? Integer.parseInt(parts[1]) - 1 : 0;
			double day = parts.length > 2 ? Integer.parseInt(parts[2]) - 1 : 0;
			return y + month / 12 + day / 365;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	static String label(String key) {
		return key.equals(CorpusDocument.UNKNOWN) ? Messages.Chart_unknown : key;
	}

	/** @return the dots drawn by the last {@link #paint} */
	public int points() {
		return points;
	}

	/** @return the non-empty table cells drawn by the last {@link #paint} */
	public int cells() {
		return cells;
	}

	/** @return the region × year table drawn */
	public DiffusionMatrix matrix() {
		return matrix;
	}
}
