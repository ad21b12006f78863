package org.duizhao.corpus.core.extract;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Measures what a PDF's Flate streams unpack to before PDFBox reads it: PDFBox decodes a content
 * stream whole into memory, so a stream of a few kilobytes that inflates to a gigabyte (a PDF
 * compression bomb) would fill the heap. The check inflates every stream into a small reused
 * buffer, counting bytes and stopping at the budget, so its own cost is bounded by the budget.
 * Image streams are passed over: text extraction never decodes them, and a scanned page's bitmap
 * legitimately unpacks to tens of megabytes.
 */
final class PdfInflationCheck {

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	/** How far before {@code stream} its dictionary is looked for. */
	private static final int DICTIONARY_WINDOW = 2048;

	private PdfInflationCheck() {
	}

	/** @throws SkipException {@link org.duizhao.corpus.core.SkipReason#OVER_LIMIT} over the budget */
	static void check(byte[] pdf, ExtractionLimits limits) throws SkipException {
		long budget = limits.inflationBudget(pdf.length);
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		Inflater inflater = new Inflater();
		try {
			for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
				int data = dataStart(pdf, at + STREAM.length);
				if (data < 0 || isImage(pdf, at)) {
					continue;
				}
				total += inflate(inflater, pdf, data, buffer, budget - total);
				if (total > budget) {
					throw limits.overInflated(pdf.length);
				}
			}
		} finally {
			inflater.end();
		}
	}

	/** @return bytes inflated from {@code data} on, stopping once more than {@code room} */
	private static long inflate(Inflater inflater, byte[] pdf, int data, byte[] buffer, long room) {
		inflater.reset();
		inflater.setInput(pdf, data, pdf.length - data);
		long out = 0;
		try {
			while (!inflater.finished() && out <= room) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				out += n;
			}
		} catch (DataFormatException notFlate) {
			// another filter, or damaged data: PDFBox decides what to make of it
		}
		return out;
	}

	/** @return where the stream data start after the keyword's end of line, or -1 (it is "endstream") */
	private static int dataStart(byte[] pdf, int afterKeyword) {
		int i = afterKeyword;
		if (i - STREAM.length >= 3 && pdf[i - STREAM.length - 3] == 'e' && pdf[i - STREAM.length - 2] == 'n'
				&& pdf[i - STREAM.length - 1] == 'd') {
			return -1;
		}
		if (i < pdf.length && pdf[i] == '\r') {
			i++;
		}
		if (i < pdf.length && pdf[i] == '\n') {
			i++;
		}
		return i == afterKeyword || i >= pdf.length ? -1 : i;
	}

	private static boolean isImage(byte[] pdf, int keyword) {
		int from = Math.max(0, keyword - DICTIONARY_WINDOW);
		String dictionary = new String(pdf, from, keyword - from, StandardCharsets.ISO_8859_1);
		int obj = dictionary.lastIndexOf(" obj"); //$NON-NLS-1$
		String own = obj >= 0 ? dictionary.substring(obj) : dictionary;
		return own.replace(" ", "").contains("/Subtype/Image"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from, last = haystack.length - needle.length; i <= last; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
