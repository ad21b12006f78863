package org.duizhao.corpus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

	@Test
	void extractsTextLayerAndTitle() throws Exception {
		Extraction x = new PdfExtractor().extract(pdf("Annual water report", "Second line"), null);
		assertThat(x.title()).isEqualTo("Report title");
		assertThat(x.encoding()).isNull();
		assertThat(x.structure().paragraphs()).extracting(r -> r.of(x.text())).containsExactly("Annual water report",
				"Second line");
	}

	private static byte[] pdf(String... lines) throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			doc.getDocumentInformation().setTitle("Report title");
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				cs.newLineAtOffset(72, 700);
				for (String line : lines) {
					cs.showText(line);
					cs.newLineAtOffset(0, -20);
				}
				cs.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}
}
