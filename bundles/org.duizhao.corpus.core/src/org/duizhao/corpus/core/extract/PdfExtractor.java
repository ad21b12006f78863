package org.duizhao.corpus.core.extract;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duizhao.corpus.core.SkipReason;
import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.text.core.segment.Paragraphs;

/**
 * PDF: the text layer as PDFBox extracts it in reading order, one paragraph per non-blank line,
 * the document information title as the title. Scanned PDFs without a text layer come out empty
 * (and are then skipped as empty); the encoding is {@code null}, as PDF carries its own.
 */
public final class PdfExtractor implements Extractor {

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
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf);
			String title = pdf.getDocumentInformation().getTitle();
			title = title == null || title.isBlank() ? null : title.strip();
			Structure structure = new Structure(Paragraphs.of(text), List.of());
			return new Extraction(text, null, 100, 0, 0, title, structure);
		} catch (InvalidPasswordException e) {
			throw new SkipException(SkipReason.ERROR, Messages.skipPdfEncrypted);
		}
	}
}
