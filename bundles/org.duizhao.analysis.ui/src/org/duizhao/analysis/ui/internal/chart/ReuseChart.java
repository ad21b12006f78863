package org.duizhao.analysis.ui.internal.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.ReuseLink;
import org.duizhao.analysis.core.corpus.ReuseReport;
import org.duizhao.analysis.core.reuse.ReuseParameters;
import org.duizhao.analysis.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Corpus-wide reuse drawn twice: on the left a heat map, document × document, each cell the shared
 * volume of the pair; on the right a network on a circle, documents as nodes coloured by region
 * (grouped by region around the circle), pairs as edges as wide as their shared volume. Only
 * documents in at least one pair are drawn, the {@link #MAX_NODES} with most shared text first.
 */
public final class ReuseChart implements Chart {

	/** The most documents drawn. */
	public static final int MAX_NODES = 60;
	private static final int MARGIN = 12;

	private final ReuseReport report;
	private final List<CorpusDocument> nodes;
	private final List<String> regions;
	private int edges;

	/** @param report what was found */
	public ReuseChart(ReuseReport report) {
		this.report = report;
		Map<CorpusDocument, Integer> volume = new HashMap<>();
		for (ReuseLink l : report.links()) {
			volume.merge(l.a(), l.shared(), Integer::sum);
			volume.merge(l.b(), l.shared(), Integer::sum);
		}
		List<CorpusDocument> top = new ArrayList<>(volume.keySet());
		top.sort(Comparator.comparingInt((CorpusDocument d) -> -volume.get(d)).thenComparing(CorpusDocument::title));
		List<CorpusDocument> kept = new ArrayList<>(top.subList(0, Math.min(MAX_NODES, top.size())));
		kept.sort(Comparator.comparing(CorpusDocument::regionKey).thenComparing(CorpusDocument::title));
		this.nodes = kept;
		TreeSet<String> names = new TreeSet<>();
		kept.forEach(d -> names.add(d.regionKey()));
		this.regions = new ArrayList<>(names);
	}

	/** Paints the chart into a {@code width} × {@code height} area. */
	@Override
	public void paint(Painter p, int width, int height) {
		edges = 0;
		p.fillRect(0, 0, width, height, Palette.PAPER);
		p.text(title(), MARGIN, MARGIN / 2, Palette.INK);
		if (nodes.isEmpty()) {
			p.text(Messages.Reuse_none, MARGIN, MARGIN + 2 * p.lineHeight(), Palette.INK);
			return;
		}
		int top = MARGIN + p.lineHeight() + 6;
		int legend = p.lineHeight() + 8;
		int side = Math.min(width / 2 - 2 * MARGIN, height - top - legend - MARGIN);
		heatMap(p, MARGIN, top, side);
		network(p, width / 2 + MARGIN, top, Math.min(width / 2 - 2 * MARGIN, height - top - legend - MARGIN));
		legend(p, MARGIN, height - legend);
	}

	private void heatMap(Painter p, int left, int top, int side) {
		int n = nodes.size();
		double cell = side / (double) n;
		double max = Math.max(1, report.maxShared());
		for (int i = 0; i < n; i++) {
			p.fillRect(left, (int) (top + i * cell), 3, (int) Math.ceil(cell), Palette.region(regions.indexOf(nodes.get(i).regionKey())));
		}
		p.drawRect(left + 4, top, side, side, Palette.GRID);
		for (ReuseLink l : report.links()) {
			int i = nodes.indexOf(l.a());
			int j = nodes.indexOf(l.b());
			if (i < 0 || j < 0) {
				continue;
			}
			int rgb = Palette.heat(0.15 + 0.85 * l.shared() / max);
			int size = (int) Math.max(1, Math.ceil(cell));
			p.fillRect((int) (left + 4 + j * cell), (int) (top + i * cell), size, size, rgb);
			p.fillRect((int) (left + 4 + i * cell), (int) (top + j * cell), size, size, rgb);
		}
	}

	private void network(Painter p, int left, int top, int side) {
		int n = nodes.size();
		int cx = left + side / 2;
		int cy = top + side / 2;
		int radius = side / 2 - (n <= 30 ? 50 : 12);
		int[][] at = new int[n][];
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n - Math.PI / 2;
			at[i] = new int[] { cx + (int) (radius * Math.cos(angle)), cy + (int) (radius * Math.sin(angle)) };
		}
		double max = Math.max(1, report.maxShared());
		for (ReuseLink l : report.links()) {
			int i = nodes.indexOf(l.a());
			int j = nodes.indexOf(l.b());
			if (i >= 0 && j >= 0) {
				p.line(at[i][0], at[i][1], at[j][0], at[j][1], Palette.heat(0.3 + 0.7 * l.shared() / max),
						1 + (int) Math.round(5 * l.shared() / max));
				edges++;
			}
		}
		for (int i = 0; i < n; i++) {
			p.circle(at[i][0], at[i][1], 6, Palette.region(regions.indexOf(nodes.get(i).regionKey())), Palette.INK);
			if (n <= 30) {
				String title = shorten(nodes.get(i).title());
				int dx = at[i][0] >= cx ? 9 : -9 - p.textWidth(title);
				p.text(title, at[i][0] + dx, at[i][1] - p.lineHeight() / 2, Palette.INK);
			}
		}
	}

	private void legend(Painter p, int left, int top) {
		int x = left;
		for (int r = 0; r < regions.size(); r++) {
			String name = DiffusionChart.label(regions.get(r));
			p.circle(x + 5, top + p.lineHeight() / 2, 5, Palette.region(r), -1);
			p.text(name, x + 13, top, Palette.INK);
			x += 24 + p.textWidth(name);
		}
	}

	private static String shorten(String title) {
		return title.codePointCount(0, title.length()) <= 14 ? title : title.substring(0, title.offsetByCodePoints(0, 13)) + "…"; //$NON-NLS-1$
	}

	/** @return the documents drawn, in their order */
	public List<CorpusDocument> nodes() {
		return nodes;
	}

	/** @return the edges drawn by the last {@link #paint} */
	public int edges() {
		return edges;
	}

	private String title() {
		ReuseParameters parameters = report.parameters();
		return parameters.containmentOn()
				? NLS.bind(Messages.Reuse_chartTitleContainment, new Object[] { report.documents().size(),
						report.links().size(), parameters.threshold(), parameters.containment() })
				: NLS.bind(Messages.Reuse_chartTitle, new Object[] { report.documents().size(), report.links().size(),
						parameters.threshold() });
	}
}
