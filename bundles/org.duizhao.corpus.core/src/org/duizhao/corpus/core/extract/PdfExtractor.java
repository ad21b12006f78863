package org.duizhao.corpus.core.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duizhao.corpus.core.SkipReason;
import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.text.core.segment.Paragraphs;
import org.eclipse.osgi.util.NLS;

/**
 * PDF: the text layer as PDFBox extracts it in reading order, one paragraph per non-blank line,
 * the document information title as the title. Scanned PDFs without a text layer come out empty
 * (and are then skipped as empty); a PDF in which no page can be read is damaged, not empty. The
 * encoding is {@code null}, as PDF carries its own. Streams are measured before PDFBox reads them
 * ({@link PdfInflationCheck}) and the text is bounded by {@link ExtractionLimits}.
 */
public final class PdfExtractor implements Extractor {

	/**
	 * PDFBox logs every repair of a damaged file as a warning (through commons-logging to
	 * java.util.logging, and from there to stderr). The extractor says what is wrong in its own
	 * words, so the library's lines are only noise on a researcher's terminal. Held here so the
	 * configured loggers are not collected.
	 */
	private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), //$NON-NLS-1$
			Logger.getLogger("org.apache.fontbox")); //$NON-NLS-1$

	static {
		QUIET.forEach(l -> l.setLevel(Level.OFF));
	}

	private final ExtractionLimits limits;

	/** With the default limits. */
	public PdfExtractor() {
		this(ExtractionLimits.DEFAULTS);
	}

	/** @param limits how much the PDF may unpack to and produce, not {@code null} */
	public PdfExtractor(ExtractionLimits limits) {
		this.limits = limits;
	}

	@Override
	public String format() {
		return "pdf"; //$NON-NLS-1$
	}

	@Override
	public Set<String> extensions() {
		return Set.of("pdf"); //$NON-NLS-1$
	}

	@Override
	public Extraction extract(byte[] bytes, String encoding) throws SkipException, IOException {
		PdfInflationCheck.check(bytes, limits);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.getNumberOfPages() == 0) {
				throw new SkipException(SkipReason.ERROR, Messages.skipPdfNoPages);
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			StringWriter out = new BoundedWriter(limits.maxTextChars());
			stripper.writeText(pdf, out);
			String text = out.toString();
			limits.checkText(text);
			String title = pdf.getDocumentInformation().getTitle();
			title = title == null || title.isBlank() ? null : title.strip();
			Structure structure = new Structure(Paragraphs.of(text), List.of());
			return new Extraction(text, null, 100, 0, 0, title, structure);
		} catch (InvalidPasswordException e) {
			throw new SkipException(SkipReason.ERROR, Messages.skipPdfEncrypted);
		} catch (BoundedWriter.Full e) {
			limits.checkTextLength(Long.MAX_VALUE);
			throw e;
		} catch (IOException e) {
			// the parser gives up on a file that is not a PDF or is damaged beyond repair
			throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.skipPdfDamaged, e.getMessage()));
		}
	}

	/** A string writer that refuses more than a number of characters. */
	private static final class BoundedWriter extends StringWriter {
		/** Thrown when the writer is full. */
		static final class Full extends RuntimeException {
			private static final long serialVersionUID = 1L;
		}

		private final int max;

		BoundedWriter(int max) {
			this.max = max;
		}

		@Override
		public void write(int c) {
			room(1);
			super.write(c);
		}

		@Override
		public void write(char[] cbuf, int off, int len) {
			room(len);
			super.write(cbuf, off, len);
		}

		@Override
		public void write(String str, int off, int len) {
			room(len);
			super.write(str, off, len);
		}

		@Override
		public void write(String str) {
			room(str.length());
			super.write(str);
		}

		private void room(int more) {
			if (getBuffer().length() + (long) more > max) {
				throw new Full();
			}
		}
	}
}
