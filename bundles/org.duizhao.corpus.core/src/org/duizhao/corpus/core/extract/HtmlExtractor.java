package org.duizhao.corpus.core.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.text.core.decode.DecodedText;
import org.duizhao.text.core.decode.TextDecoder;
import org.eclipse.osgi.util.NLS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML: decoded with the charset the page declares in a {@code <meta>} tag (a byte order mark or the
 * user's choice wins over it; detection when there is none), parsed with jsoup, and reduced to its
 * visible text by {@link HtmlText}: one line per block element, headings kept as structure, the
 * {@code <title>} as the title.
 */
public final class HtmlExtractor implements Extractor {

	/** Browsers look for the declaration in the first 1024 bytes; pages in the wild need more. */
	private static final int PRESCAN = 4096;
	private static final Pattern META_CHARSET = Pattern
			.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	@Override
	public String format() {
		return "html"; //$NON-NLS-1$
	}

	@Override
	public Set<String> extensions() {
		return Set.of("html", "htm", "xhtml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public Extraction extract(byte[] bytes, String encoding) throws SkipException {
		DecodedText d = decode(bytes, encoding);
		checkTags(d.text());
		Document page = Jsoup.parse(d.text());
		HtmlText text = new HtmlText(page);
		String title = page.title().isBlank() ? null : page.title().strip();
		return new Extraction(text.text(), d.charset(), d.confidence(), d.bomLength(), d.malformed(), title,
				text.structure());
	}

	/**
	 * A page of millions of tiny elements builds a DOM many times its size; refuse it before
	 * jsoup does, as a text of millions of lines is refused.
	 */
	private static void checkTags(String html) throws SkipException {
		long tags = html.chars().filter(c -> c == '<').count();
		if (tags > 8L * ExtractionLimits.DEFAULTS.maxParagraphs()) {
			throw new SkipException(org.duizhao.corpus.core.SkipReason.OVER_LIMIT, NLS.bind(
					org.duizhao.corpus.core.internal.Messages.skipOverLimitParagraphs,
					ExtractionLimits.DEFAULTS.maxParagraphs()));
		}
	}

	private static DecodedText decode(byte[] bytes, String encoding) throws SkipException {
		if (encoding != null) {
			return Decoding.decode(bytes, encoding);
		}
		DecodedText detected = Decoding.decode(bytes, null);
		String declared = declaredCharset(bytes);
		if (declared == null || detected.bomLength() > 0 || detected.charset().startsWith("UTF-16")) { //$NON-NLS-1$
			return detected;
		}
		try {
			DecodedText byDeclaration = TextDecoder.decode(bytes, declared);
			// a page that lies about its charset decodes badly: then trust detection
			return byDeclaration.malformed() <= detected.malformed() ? byDeclaration : detected;
		} catch (IllegalArgumentException unknownCharset) {
			return detected;
		}
	}

	/** @return the charset named in a meta tag near the start, or {@code null} */
	static String declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
		Matcher m = META_CHARSET.matcher(head);
		return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
	}
}
