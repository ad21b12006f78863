package org.duizhao.analysis.ui.internal.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** Saves a chart as PNG (painted on an SWT image, written by {@link ImageLoader}) or as SVG. */
public final class ChartExport {

	private ChartExport() {
	}

	/** Paints {@code chart} on a {@code width} × {@code height} image and saves it as PNG (UI thread). */
	public static void png(Display display, Path file, int width, int height, Consumer<Painter> chart) throws IOException {
		Image image = new Image(display, width, height);
		try {
			GC gc = new GC(image);
			try (SwtPainter painter = new SwtPainter(gc)) {
				chart.accept(painter);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			try (var out = Files.newOutputStream(file)) {
				loader.save(out, SWT.IMAGE_PNG);
			}
		} finally {
			image.dispose();
		}
	}

	/** Draws {@code chart} as SVG and saves it (UTF-8). */
	public static void svg(Path file, int width, int height, Consumer<Painter> chart) throws IOException {
		SvgPainter painter = new SvgPainter(width, height);
		chart.accept(painter);
		Files.writeString(file, painter.document(), StandardCharsets.UTF_8);
	}
}
