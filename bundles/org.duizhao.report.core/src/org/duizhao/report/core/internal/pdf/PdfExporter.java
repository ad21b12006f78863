package org.duizhao.report.core.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.internal.HtmlExporter;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * PDF: the HTML report laid out in pages by openhtmltopdf (on PDFBox), so PDF carries every kind
 * the HTML format carries, with the same highlights, notes and tables, and needs no code of its own
 * per kind. Chinese needs an embedded font: {@link FontChoice} picks TrueType faces that cover the
 * text (subsets are embedded) or fails with a message that names the font setting. The renderer
 * breaks lines with the JDK's line {@code BreakIterator}, which breaks between Han characters and
 * keeps closing punctuation off the start of a line.
 */
public final class PdfExporter implements ReportExporter {

	private final HtmlExporter html = new HtmlExporter();
	private final Supplier<FontSource> fonts;

	/** With the fonts of the settings and the system's font folders, read at each export. */
	public PdfExporter() {
		this(FontSource::fromEnvironment);
	}

	/** @param fonts where each export takes its fonts from */
	public PdfExporter(Supplier<FontSource> fonts) {
		this.fonts = fonts;
	}

	@Override
	public String format() {
		return "pdf"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "pdf"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return html.kinds();
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		Quiet.ensure();
		ByteArrayOutputStream page = new ByteArrayOutputStream();
		html.write(report, page);
		PrintDocument print = PrintDocument.parse(page.toString(StandardCharsets.UTF_8));
		List<FontFace> faces = FontChoice.choose(fonts.get(), print.codePoints());
		List<String> families = new ArrayList<>();
		for (int i = 0; i < faces.size(); i++) {
			families.add("duizhao-" + i); //$NON-NLS-1$
		}
		print.style(families);
		render(print.w3c(), faces, families, out);
		out.flush();
	}

	private static void render(org.w3c.dom.Document doc, List<FontFace> faces, List<String> families,
			OutputStream out) throws IOException {
		List<Closeable> open = new ArrayList<>();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(pdf);
			for (int i = 0; i < faces.size(); i++) {
				builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, faces.get(i).open(open), true)),
						families.get(i));
			}
			builder.withW3cDocument(doc, "about:blank") //$NON-NLS-1$
					.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
					.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
					.withProducer("Duizhao").toStream(new Unclosed(out)).run(); //$NON-NLS-1$
		} finally {
			for (Closeable c : open) {
				c.close();
			}
		}
	}

	/**
	 * Silences the renderer's timing lines and the font library's warnings, noise on a terminal.
	 * Done at the first export, not when the format is registered, so other formats load nothing of
	 * the PDF libraries.
	 */
	private static final class Quiet {
		/** Held so that the configured loggers are not collected. */
		private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"), //$NON-NLS-1$
				Logger.getLogger("org.apache.fontbox")); //$NON-NLS-1$

		static {
			XRLog.setLoggingEnabled(false);
			LOGGERS.forEach(l -> l.setLevel(Level.OFF));
		}

		static void ensure() {
			// the static initializer did the work
		}
	}

	/** Keeps the caller's stream open whatever the renderer does with it. */
	private static final class Unclosed extends FilterOutputStream {
		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
