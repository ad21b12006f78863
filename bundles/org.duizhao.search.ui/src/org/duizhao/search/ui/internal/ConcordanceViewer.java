package org.duizhao.search.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.duizhao.search.core.SearchHit;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * The KWIC table: document, left context (right-aligned, so the matches line up), match, right
 * context, offset. Clicking the Left or Right header sorts by that side (the left one read from the
 * match outwards), Document restores the order of the project; grouped or flat.
 */
final class ConcordanceViewer {

	/** What the rows are sorted by. */
	enum Sort {
		DOCUMENT, LEFT, RIGHT
	}

	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	private final TreeViewer viewer;
	private List<SearchHit> hits = List.of();
	private final java.util.Map<SearchHit, Integer> places = new java.util.HashMap<>();
	private boolean grouped;
	private Sort sort = Sort.DOCUMENT;

	ConcordanceViewer(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		column(Messages.Column_document, 180, SWT.LEFT, this::document, Sort.DOCUMENT);
		column(Messages.Column_left, 260, SWT.RIGHT, h -> tail(h.left(), 1), Sort.LEFT);
		column(Messages.Column_match, 120, SWT.CENTER, h -> h.match().replaceAll("[\\s\\u3000]+", " "), null); //$NON-NLS-1$ //$NON-NLS-2$
		column(Messages.Column_right, 260, SWT.LEFT, h -> h.right(), Sort.RIGHT);
		column(Messages.Column_offset, 70, SWT.RIGHT, h -> Integer.toString(h.start()), null);
		viewer.setComparator(new Sorter());
		viewer.getTree().addListener(SWT.Resize, e -> fillWidth());
		viewer.getTree().getColumn(1).addListener(SWT.Resize, e -> viewer.refresh()); // cut the left contexts again
	}

	/**
	 * Gives the window's width to the document and the two contexts (the match and the offset keep
	 * theirs), so a wide view shows more context rather than an empty stretch before the offset.
	 */
	private void fillWidth() {
		Tree tree = viewer.getTree();
		int fixed = tree.getColumn(2).getWidth() + tree.getColumn(4).getWidth();
		int free = tree.getClientArea().width - fixed;
		if (free < 3 * 120) {
			return;
		}
		int document = Math.min(free / 4, 360);
		int side = (free - document) / 2;
		tree.getColumn(0).setWidth(document);
		tree.getColumn(1).setWidth(side);
		tree.getColumn(3).setWidth(side);
	}

	/**
	 * The end of {@code text} that fits the column: the left context is right-aligned, and a
	 * table cuts a long text at its end, which here is the side next to the match.
	 */
	private String tail(String text, int column) {
		Tree tree = viewer.getTree();
		int width = tree.getColumn(column).getWidth() - 16;
		GC gc = new GC(tree);
		try {
			if (width <= 0 || gc.textExtent(text).x <= width) {
				return text;
			}
			int from = 0;
			int to = text.length();
			while (from < to) { // the shortest cut whose rest fits
				int mid = (from + to) >>> 1;
				if (gc.textExtent(ELLIPSIS + text.substring(mid)).x <= width) {
					to = mid;
				} else {
					from = mid + 1;
				}
			}
			if (from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
				from++;
			}
			return ELLIPSIS + text.substring(from);
		} finally {
			gc.dispose();
		}
	}

	TreeViewer viewer() {
		return viewer;
	}

	/** Shows {@code newHits} (in the order the search returned them). */
	void setHits(List<SearchHit> newHits) {
		hits = List.copyOf(newHits);
		places.clear();
		for (int i = 0; i < hits.size(); i++) {
			places.putIfAbsent(hits.get(i), i);
		}
		refresh();
	}

	void setGrouped(boolean on) {
		grouped = on;
		refresh();
	}

	/** Sorts by {@code by}; for tests and the column headers. */
	void sortBy(Sort by) {
		sort = by;
		TreeColumn c = viewer.getTree().getColumn(by == Sort.DOCUMENT ? 0 : by == Sort.LEFT ? 1 : 3);
		viewer.getTree().setSortColumn(by == Sort.DOCUMENT ? null : c);
		viewer.getTree().setSortDirection(by == Sort.DOCUMENT ? SWT.NONE : SWT.UP);
		viewer.refresh();
	}

	private void refresh() {
		viewer.setInput(grouped ? Concordance.groups(hits) : hits);
		if (grouped) {
			viewer.expandAll();
		}
	}

	private String document(SearchHit h) {
		return grouped ? "" : h.title(); //$NON-NLS-1$
	}

	private void column(String title, int width, int align, Function<SearchHit, String> text, Sort sortBy) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Concordance.Group g) {
					return title.equals(Messages.Column_document) ? NLS.bind(Messages.Group_label, g.title(), g.hits().size())
							: ""; //$NON-NLS-1$
				}
				return text.apply((SearchHit) element);
			}
		});
		if (sortBy != null) {
			c.getColumn().addListener(SWT.Selection, e -> sortBy(sortBy));
		}
	}

	/** Sorts hits (and, grouped, the hits inside each document) by the chosen side. */
	private final class Sorter extends ViewerComparator {
		private final Collator collator = Collator.getInstance(Locale.CHINA);

		@Override
		public int compare(Viewer v, Object a, Object b) {
			if (!(a instanceof SearchHit x) || !(b instanceof SearchHit y) || sort == Sort.DOCUMENT) {
				return Integer.compare(order(a), order(b));
			}
			Comparator<SearchHit> by = sort == Sort.LEFT
					? Comparator.comparing(Concordance::leftKey, collator::compare)
					: Comparator.comparing(SearchHit::right, collator::compare);
			int c = by.compare(x, y);
			return c != 0 ? c : Integer.compare(order(a), order(b));
		}

		private int order(Object o) {
			if (o instanceof Concordance.Group g) {
				return places.getOrDefault(g.hits().get(0), -1);
			}
			return places.getOrDefault(o, -1);
		}
	}

	/** Flat: the hits are the rows; grouped: documents with their hits below. */
	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Concordance.Group g ? g.hits().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Concordance.Group;
		}
	}
}
