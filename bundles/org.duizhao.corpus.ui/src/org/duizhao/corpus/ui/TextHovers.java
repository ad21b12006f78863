package org.duizhao.corpus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/**
 * The one tooltip of a text widget, composed from several describers (normalization marks, codes):
 * under the mouse, each says what it knows of the character there, and the tooltip shows them all.
 * A widget owns one instance ({@link #of}), so describers never overwrite each other's tips.
 */
public final class TextHovers {

	private static final String KEY = TextHovers.class.getName();

	private final StyledText widget;
	private final List<IntFunction<String>> describers = new CopyOnWriteArrayList<>();

	private TextHovers(StyledText widget) {
		this.widget = widget;
		widget.addListener(SWT.MouseMove, e -> update(new Point(e.x, e.y)));
	}

	/** @return the hovers of {@code widget}, made on first use (UI thread) */
	public static TextHovers of(StyledText widget) {
		Object existing = widget.getData(KEY);
		if (existing instanceof TextHovers h) {
			return h;
		}
		TextHovers hovers = new TextHovers(widget);
		widget.setData(KEY, hovers);
		return hovers;
	}

	/** @param describer UTF-16 offset of a character to what to say about it, or {@code null} */
	public void add(IntFunction<String> describer) {
		describers.add(describer);
	}

	/** @param describer no longer asked */
	public void remove(IntFunction<String> describer) {
		describers.remove(describer);
	}

	/** @return what every describer says about the character at {@code offset}, or {@code null} */
	public String describe(int offset) {
		List<String> parts = new ArrayList<>();
		for (IntFunction<String> d : describers) {
			String s = d.apply(offset);
			if (s != null && !s.isEmpty()) {
				parts.add(s);
			}
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts); //$NON-NLS-1$
	}

	private void update(Point at) {
		int offset = widget.getOffsetAtPoint(at);
		String tip = offset >= 0 ? describe(offset) : null;
		if (!Objects.equals(tip, widget.getToolTipText())) {
			widget.setToolTipText(tip);
		}
	}
}
