package org.duizhao.compare.ui.internal.widgets;

import org.duizhao.compare.ui.internal.model.OffsetMap;
import org.duizhao.compare.ui.internal.model.Side;
import org.eclipse.swt.custom.StyledText;

/**
 * Keeps the two panes scrolled to corresponding places: when one scrolls (by bar, wheel, keys or
 * a reveal), the other is moved so that the text matching the first one's top line sits at the
 * same height. Scrolling is noticed on paint, which every kind of scrolling causes.
 */
final class ScrollSync {

	private final ComparePane a;
	private final ComparePane b;
	private final Runnable afterScroll;
	private OffsetMap map;
	private int lastTopA;
	private int lastTopB;
	private boolean enabled = true;
	private boolean busy;

	ScrollSync(ComparePane a, ComparePane b, Runnable afterScroll) {
		this.a = a;
		this.b = b;
		this.afterScroll = afterScroll;
		a.text().addPaintListener(e -> scrolled(Side.A));
		b.text().addPaintListener(e -> scrolled(Side.B));
	}

	void setMap(OffsetMap map) {
		this.map = map;
		lastTopA = a.text().getTopPixel();
		lastTopB = b.text().getTopPixel();
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	boolean isEnabled() {
		return enabled;
	}

	/** Runs {@code change} (which scrolls the panes itself) without following it. */
	void quietly(Runnable change) {
		boolean was = busy;
		busy = true;
		try {
			change.run();
		} finally {
			busy = was;
			lastTopA = a.text().getTopPixel();
			lastTopB = b.text().getTopPixel();
		}
		afterScroll.run();
	}

	private void scrolled(Side side) {
		int topA = a.text().getTopPixel();
		int topB = b.text().getTopPixel();
		boolean moved = side == Side.A ? topA != lastTopA : topB != lastTopB;
		if (!moved || busy) {
			return;
		}
		busy = true;
		try {
			if (enabled && map != null) {
				follow(side == Side.A ? a : b, side == Side.A ? b : a, side);
			}
		} finally {
			busy = false;
			lastTopA = a.text().getTopPixel();
			lastTopB = b.text().getTopPixel();
		}
		afterScroll.run();
	}

	private void follow(ComparePane leader, ComparePane follower, Side from) {
		int offset = leader.offsetAtY(0);
		int delta = leader.yOf(offset);
		int target = map.map(from, offset);
		StyledText text = follower.text();
		text.setTopPixel(Math.max(0, text.getTopPixel() + follower.yOf(target) - delta));
	}
}
