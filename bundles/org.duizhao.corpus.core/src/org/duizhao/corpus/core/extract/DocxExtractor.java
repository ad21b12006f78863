package org.duizhao.corpus.core.extract;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
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
 * streaming parser is enough for text; tables come out cell by cell as paragraphs. What the part
 * may inflate to and the text it may make are bounded by {@link ExtractionLimits}, so a zip bomb
 * is skipped instead of filling the heap; a cut-off file is said to be cut off.
 */
public final class DocxExtractor implements Extractor {

	private static final String MAIN_PART = "word/document.xml"; //$NON-NLS-1$
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$

	private final ExtractionLimits limits;

	/** With the default limits. */
	public DocxExtractor() {
		this(ExtractionLimits.DEFAULTS);
	}

	/** @param limits how much the document may unpack to, not {@code null} */
	public DocxExtractor(ExtractionLimits limits) {
		this.limits = limits;
	}

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
					return read(new BoundedInputStream(zip, limits.inflationBudget(bytes.length)));
				}
			}
		} catch (BoundedInputStream.LimitExceededException e) {
			throw limits.overInflated(bytes.length);
		} catch (XMLStreamException e) {
			if (causedByLimit(e)) {
				throw limits.overInflated(bytes.length);
			}
			if (causedByTruncation(e) || !hasEndRecord(bytes)) {
				throw new SkipException(SkipReason.ERROR, Messages.skipDocxTruncated);
			}
			throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.skipDocxInvalid, e.getMessage()));
		} catch (EOFException | ZipException e) {
			// "Unexpected end of ZLIB input stream" and friends: the file was cut off or damaged
			throw new SkipException(SkipReason.ERROR, Messages.skipDocxTruncated);
		} catch (IllegalArgumentException e) {
			throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.skipDocxInvalid, e.getMessage()));
		}
		if (!hasEndRecord(bytes)) {
			throw new SkipException(SkipReason.ERROR, Messages.skipDocxTruncated);
		}
		throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.skipDocxInvalid, MAIN_PART));
	}

	/**
	 * A zip ends with its central directory's end record ("PK\5\6") within its last 64 KB; a file
	 * cut off in transfer has none, which tells "cut off" from "not a Word document".
	 */
	private static boolean hasEndRecord(byte[] bytes) {
		for (int i = bytes.length - 22, stop = Math.max(0, bytes.length - 65_557); i >= stop; i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedByLimit(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof BoundedInputStream.LimitExceededException) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedByTruncation(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof EOFException || c instanceof ZipException) {
				return true;
			}
		}
		return false;
	}

	private Extraction read(InputStream xml) throws XMLStreamException, SkipException {
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
				limits.checkTextLength(text.length());
			} else if (event == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
				if ("t".equals(r.getLocalName())) { //$NON-NLS-1$
					inText = false;
				} else if ("p".equals(r.getLocalName())) { //$NON-NLS-1$
					endParagraph(text, start, headingLevel, paragraphs, headings);
					checkParagraphs(paragraphs.size());
				}
			}
		}
		String title = headings.isEmpty() ? null : headings.get(0).range().of(text);
		return new Extraction(text.toString(), null, 100, 0, 0, title, new Structure(paragraphs, headings));
	}

	private void checkParagraphs(int count) throws SkipException {
		if (count > limits.maxParagraphs()) {
			throw new SkipException(SkipReason.OVER_LIMIT,
					NLS.bind(Messages.skipOverLimitParagraphs, limits.maxParagraphs()));
		}
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
