package org.duizhao.corpus.core.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.duizhao.corpus.core.SkipReason;
import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.text.core.TextRange;
import org.eclipse.osgi.util.NLS;

/**
 * Word (.docx): the paragraphs of {@code word/document.xml} in order, one per line, with heading
 * styles ({@code Heading1}…, {@code Title}) as headings. Reading the one XML part with the JDK's
 * streaming parser is enough for text; tables come out cell by cell as paragraphs.
 */
public final class DocxExtractor implements Extractor {

	private static final String MAIN_PART = "word/document.xml"; //$NON-NLS-1$
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$

	@Override
	public String format() {
		return "docx"; //$NON-NLS-1$
	}

	@Override
	public Set<String> extensions() {
		return Set.of("docx"); //$NON-NLS-1$
	}

	@Override
	public Extraction extract(byte[] bytes, String encoding) throws SkipException, IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (MAIN_PART.equals(e.getName())) {
					return read(zip);
				}
			}
		} catch (XMLStreamException | IllegalArgumentException e) {
			throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.skipDocxInvalid, e.getMessage()));
		}
		throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.skipDocxInvalid, MAIN_PART));
	}

	private static Extraction read(InputStream xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no external entities from a document
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader r = factory.createXMLStreamReader(xml);
		StringBuilder text = new StringBuilder();
		List<TextRange> paragraphs = new ArrayList<>();
		List<Structure.Heading> headings = new ArrayList<>();
		int start = 0;
		int headingLevel = 0;
		boolean inText = false;
		while (r.hasNext()) {
			int event = r.next();
			if (event == XMLStreamReader.START_ELEMENT && W.equals(r.getNamespaceURI())) {
				switch (r.getLocalName()) {
				case "p" -> { //$NON-NLS-1$
					start = text.length();
					headingLevel = 0;
				}
				case "pStyle" -> headingLevel = headingLevel(r.getAttributeValue(W, "val")); //$NON-NLS-1$ //$NON-NLS-2$
				case "t" -> inText = true; //$NON-NLS-1$
				case "tab" -> text.append('\t'); //$NON-NLS-1$
				case "br", "cr" -> text.append(' '); //$NON-NLS-1$ //$NON-NLS-2$
				default -> {
					// formatting, fields, drawings: no text of their own
				}
				}
			} else if (event == XMLStreamReader.CHARACTERS && inText) {
				text.append(r.getText());
			} else if (event == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
				if ("t".equals(r.getLocalName())) { //$NON-NLS-1$
					inText = false;
				} else if ("p".equals(r.getLocalName())) { //$NON-NLS-1$
					endParagraph(text, start, headingLevel, paragraphs, headings);
				}
			}
		}
		String title = headings.isEmpty() ? null : headings.get(0).range().of(text);
		return new Extraction(text.toString(), null, 100, 0, 0, title, new Structure(paragraphs, headings));
	}

	private static void endParagraph(StringBuilder text, int start, int headingLevel, List<TextRange> paragraphs,
			List<Structure.Heading> headings) {
		if (text.length() > start && !text.substring(start).isBlank()) {
			TextRange range = new TextRange(start, text.length());
			paragraphs.add(range);
			if (headingLevel > 0) {
				headings.add(new Structure.Heading(headingLevel, range));
			}
		}
		text.append('\n');
	}

	/** @return 1–6 for Title/Heading1…Heading9 (Word stores the style id, e.g. "Heading2"), else 0 */
	static int headingLevel(String style) {
		if (style == null) {
			return 0;
		}
		if (style.equalsIgnoreCase("Title")) { //$NON-NLS-1$
			return 1;
		}
		if (style.regionMatches(true, 0, "Heading", 0, 7) && style.length() == 8 //$NON-NLS-1$
				&& Character.isDigit(style.charAt(7))) {
			return Math.min(6, style.charAt(7) - '0');
		}
		return 0;
	}
}
