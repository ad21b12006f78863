package org.duizhao.report.ui.internal.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves a picture of a shell as the screen shows it, under {@code target/shots/} of the test
 * bundle, so that a person can look at what the test drove. Call on the UI thread.
 */
final class Shots {

	private Shots() {
	}

	static void save(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let the dialog paint
		}
		Rectangle r = shell.getBounds();
		Image image = new Image(display, r.width, r.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, r.x, r.y);
		} finally {
			gc.dispose();
		}
		Path dir = Files.createDirectories(Path.of("target", "shots")); //$NON-NLS-1$ //$NON-NLS-2$
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
