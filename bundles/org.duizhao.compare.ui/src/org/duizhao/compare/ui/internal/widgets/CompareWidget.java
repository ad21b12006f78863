package org.duizhao.compare.ui.internal.widgets;

import org.duizhao.corpus.ui.HiddenText;
import org.duizhao.text.core.normalize.Marks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.model.ChangeNavigator;
import org.duizhao.compare.ui.internal.model.OffsetMap;
import org.duizhao.compare.ui.internal.model.ShadeRun;
import org.duizhao.compare.ui.internal.model.Shading;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.text.core.TextRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Two texts side by side with their differences: overview ruler, pane A, centre band, pane B,
 * overview ruler. Shows a {@link CompareResult}, steps through its changes, and reveals ranges in
 * both panes; a click on a change (a move above all) reveals its other side. Works in any
 * composite, so tests can put it in a plain shell.
 */
public final class CompareWidget {

	private final Composite root;
	private final ComparePane paneA;
	private final ComparePane paneB;
	private final CenterBand band;
	private final OverviewRuler rulerA;
	private final OverviewRuler rulerB;
	private final ScrollSync sync;
	private final PaneTitles titles;
	private final List<IntConsumer> changeListeners = new CopyOnWriteArrayList<>();
	private ChangeNavigator changes = new ChangeNavigator(List.of());
	private CompareResult result;
	private boolean hideGlosses;
	/** Related mode: the shading of A and B and the links; {@code null} in the versions mode */
	private List<ShadeRun> relatedA;
	private List<ShadeRun> relatedB;

	/** @param parent the parent composite */
	public CompareWidget(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(5, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 0;
		root.setLayout(layout);
		paneA = new ComparePane(root);
		band = new CenterBand(root, paneA, null);
		paneB = new ComparePane(root);
		band.setRight(paneB);
		rulerA = new OverviewRuler(root, paneA, Side.A, this::select);
		rulerB = new OverviewRuler(root, paneB, Side.B, this::select);
		rulerA.canvas().moveAbove(paneA.control());
		titles = new PaneTitles(root, rulerA.canvas());
		paneA.control().setLayoutData(half());
		paneB.control().setLayoutData(half());
		sync = new ScrollSync(paneA, paneB, this::redrawDecorations);
		clickToReveal(paneA, Side.A);
		clickToReveal(paneB, Side.B);
		root.addListener(SWT.Resize, e -> redrawDecorations());
	}

	/**
	 * Half of the width for a pane, whatever its text: without a zero width hint the grid starts
	 * from each text's longest line, and a text with long lines pushed the other pane to nothing.
	 */
	private static GridData half() {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 0;
		return data;
	}

	private void clickToReveal(ComparePane pane, Side side) {
		pane.text().addListener(SWT.MouseUp, e -> {
			if (e.button != 1 || pane.text().getSelectionCount() > 0) {
				return;
			}
			int k = changes.hunkAt(side, pane.text().getCaretOffset());
			if (k >= 0) {
				changes.select(k);
				revealOther(k, side);
			}
		});
	}

	/** @return the outermost control */
	public Control control() {
		return root;
	}

	/** @return the pane of {@code side} */
	public ComparePane pane(Side side) {
		return side == Side.A ? paneA : paneB;
	}

	/** Shows the documents' titles above their panes. */
	public void setTitles(String a, String b) {
		titles.set(a, b);
	}

	/** @return the title labels above pane A and pane B, for tests */
	public org.eclipse.swt.custom.CLabel[] titleLabels() {
		return titles.labels();
	}

	/** Shows two texts without a comparison yet (while it runs). */
	public void setTexts(String a, String b) {
		result = null;
		paneA.setContent(a);
		paneB.setContent(b);
		setChanges(new ChangeNavigator(List.of()));
	}

	/**
	 * Shows {@code result}: its texts (when they differ from those shown), highlights and links. In
	 * Related mode the result is kept for later and the related highlights stay.
	 */
	public void setResult(CompareResult value) {
		result = value;
		if (relatedA != null) {
			return;
		}
		String a = value.a().text().original();
		String b = value.b().text().original();
		show(a, b, Shading.runs(value, Side.A), Shading.runs(value, Side.B));
		sync.setMap(OffsetMap.of(value));
		setChanges(new ChangeNavigator(value.hunks()));
	}

	private void show(String a, String b, List<ShadeRun> runsA, List<ShadeRun> runsB) {
		sync.quietly(() -> {
			if (!a.equals(paneA.content())) {
				paneA.setContent(a);
			}
			if (!b.equals(paneB.content())) {
				paneB.setContent(b);
			}
			paneA.setShading(runsA);
			paneB.setShading(runsB);
			if (hideGlosses) {
				HiddenText.hide(paneA.text(), Marks.glosses(a));
				HiddenText.hide(paneB.text(), Marks.glosses(b));
			}
		});
	}

	/**
	 * Shows two related texts: each in its own order with its own highlights, the centre band
	 * linking parallel passages; the changes of the versions mode are put aside (rulers empty).
	 *
	 * @param a the original text of A
	 * @param b the original text of B
	 * @param runsA the highlights of A (UTF-16, sorted, not overlapping)
	 * @param runsB the highlights of B
	 * @param links the links of the centre band
	 */
	public void showRelated(String a, String b, List<ShadeRun> runsA, List<ShadeRun> runsB, List<PassageLink> links) {
		relatedA = List.copyOf(runsA);
		relatedB = List.copyOf(runsB);
		show(a, b, relatedA, relatedB);
		band.setLinks(List.copyOf(links));
		ChangeNavigator none = new ChangeNavigator(List.of());
		changes = none;
		rulerA.setChanges(none);
		rulerB.setChanges(none);
	}

	/** Leaves Related mode: the comparison's highlights, changes and band come back. */
	public void showVersions() {
		relatedA = null;
		relatedB = null;
		band.setLinks(null);
		if (result != null) {
			setResult(result);
		}
	}

	/** @return whether Related mode is shown */
	public boolean isRelated() {
		return relatedA != null;
	}

	/**
	 * Hides or shows pinyin glosses such as {@code (jiān)} in both panes; the text and its offsets
	 * stay as they are.
	 */
	public void setHideGlosses(boolean hide) {
		if (hide != hideGlosses) {
			hideGlosses = hide;
			if (relatedA != null) {
				show(paneA.content(), paneB.content(), relatedA, relatedB);
			} else if (result != null) {
				setResult(result);
			}
		}
	}

	private void setChanges(ChangeNavigator navigator) {
		changes = navigator;
		band.setChanges(navigator);
		rulerA.setChanges(navigator);
		rulerB.setChanges(navigator);
	}

	/** @return the result shown, or {@code null} */
	public CompareResult result() {
		return result;
	}

	/** @return the changes and the current one */
	public ChangeNavigator changes() {
		return changes;
	}

	/** Goes to the next change (after the last, the first); @return its index or {@code -1} */
	public int next() {
		int k = changes.next();
		show(k);
		return k;
	}

	/** Goes to the previous change (before the first, the last); @return its index or {@code -1} */
	public int previous() {
		int k = changes.previous();
		show(k);
		return k;
	}

	/** Makes change {@code index} current and reveals it on both sides. */
	public void select(int index) {
		changes.select(index);
		show(index);
	}

	private void show(int k) {
		if (k < 0) {
			return;
		}
		Hunk h = changes.get(k);
		sync.quietly(() -> {
			paneA.reveal(h.a(), true);
			paneB.reveal(h.b(), true);
		});
		fireChange(k);
	}

	private void revealOther(int k, Side clicked) {
		Hunk h = changes.get(k);
		sync.quietly(() -> pane(clicked.other()).reveal(ChangeNavigator.range(h, clicked.other()), true));
		fireChange(k);
	}

	/** Reveals and selects {@code a} in pane A and {@code b} in pane B. */
	public void reveal(TextRange a, TextRange b) {
		sync.quietly(() -> {
			paneA.reveal(a, true);
			paneB.reveal(b, true);
		});
	}

	/** @param enabled whether the panes scroll together */
	public void setSynchronizedScrolling(boolean enabled) {
		sync.setEnabled(enabled);
	}

	/** @param listener hears the index of each change made current */
	public void addChangeListener(IntConsumer listener) {
		changeListeners.add(listener);
	}

	private void fireChange(int k) {
		for (IntConsumer l : changeListeners) {
			l.accept(k);
		}
	}

	private void redrawDecorations() {
		band.redraw();
		rulerA.redraw();
		rulerB.redraw();
	}
}
