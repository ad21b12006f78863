package org.duizhao.annotations.ui.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.viewer.Highlights;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** Small square images in code colours for trees and tables, disposed with their control. */
public final class ColorSwatches {

	private static final int SIZE = 14;

	private final Control owner;
	private final Map<String, Image> images = new HashMap<>();

	/** @param owner the control the images are shown in */
	public ColorSwatches(Control owner) {
		this.owner = owner;
		owner.addDisposeListener(e -> images.values().forEach(Image::dispose));
	}

	/** @return the swatch of colour {@code #rrggbb} */
	public Image get(String color) {
		return images.computeIfAbsent(color, this::make);
	}

	private Image make(String color) {
		Image image = new Image(owner.getDisplay(), SIZE, SIZE);
		GC gc = new GC(image);
		Code probe = new Code("-", null, "-", color, null, null, 0, 0); //$NON-NLS-1$ //$NON-NLS-2$
		gc.setBackground(new Color(owner.getDisplay(), Highlights.rgb(probe)));
		gc.fillRectangle(0, 0, SIZE, SIZE);
		gc.setForeground(owner.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
		gc.dispose();
		return image;
	}
}
