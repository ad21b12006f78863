package org.duizhao.text.core.decode;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Detects the charset of bytes and decodes them, or decodes them with a charset the user chose.
 * <p>
 * Detection runs in this order: a byte order mark decides at once; bytes that are valid UTF-8 are
 * UTF-8; otherwise every plausible candidate (GB18030, Big5, Big5-HKSCS, UTF-16 without mark, and
 * whatever ICU's {@code CharsetDetector} suggests) is decoded strictly and the most plausible text
 * wins (see {@link CandidateRanking}). ICU alone is weak on short Chinese texts, which is why its
 * guess is only a small bonus in that ranking.
 * <p>
 * Nothing but the byte order mark is removed from the text. Thread-safe.
 */
public final class TextDecoder {

	private TextDecoder() {
	}

	/**
	 * Detects the charset and decodes.
	 *
	 * @param bytes the bytes, not {@code null}
	 * @return the decoded text, never {@code null}
	 */
	public static DecodedText decode(byte[] bytes) {
		Objects.requireNonNull(bytes, "bytes"); //$NON-NLS-1$
		Bom bom = Bom.of(bytes);
		if (bom != null) {
			StrictDecoding d = StrictDecoding.run(bytes, bom.length(), Charsets.lookup(bom.charset));
			return new DecodedText(d.text(), bom.charset, d.malformed() == 0 ? 100 : 90, bom.length(), d.malformed());
		}
		StrictDecoding utf8 = StrictDecoding.run(bytes, 0, StandardCharsets.UTF_8);
		if (utf8.malformed() == 0 && !looksLikeUtf16(bytes)) {
			return new DecodedText(utf8.text(), Charsets.UTF_8, utf8Confidence(bytes), 0, 0);
		}
		return CandidateRanking.best(bytes, utf8);
	}

	/**
	 * Decodes with a charset chosen by the user (re-decoding). A byte order mark of the same
	 * charset family is skipped; GBK and GB2312 are decoded and reported as GB18030.
	 *
	 * @param bytes the bytes, not {@code null}
	 * @param charsetName a charset name the JDK knows, not {@code null}
	 * @return the decoded text with a confidence that says how plausible the result looks
	 * @throws IllegalArgumentException if the charset is unknown
	 */
	public static DecodedText decode(byte[] bytes, String charsetName) {
		Objects.requireNonNull(bytes, "bytes"); //$NON-NLS-1$
		Objects.requireNonNull(charsetName, "charsetName"); //$NON-NLS-1$
		String name = Charsets.canonical(charsetName);
		Bom bom = Bom.of(bytes, name);
		int skip = bom == null ? 0 : bom.length();
		StrictDecoding d = StrictDecoding.run(bytes, skip, Charsets.lookup(name));
		Plausibility.Score score = Plausibility.of(d.text(), d.malformed());
		int confidence = (int) Math.round(100 * score.value());
		return new DecodedText(d.text(), bom == null ? name : bom.charset, confidence, skip, d.malformed());
	}

	/** Short valid UTF-8 may be a coincidence; a few multi-byte sequences are proof enough. */
	private static int utf8Confidence(byte[] bytes) {
		int multiByte = 0;
		for (byte b : bytes) {
			if ((b & 0xC0) == 0xC0 && ++multiByte >= 4) {
				return 100;
			}
		}
		return multiByte == 0 ? 100 : 80;
	}

	/** Pure ASCII in UTF-16 is valid UTF-8 too; its NULs on one side give it away. */
	private static boolean looksLikeUtf16(byte[] bytes) {
		return BinaryCheck.utf16Parity(bytes) != null;
	}
}
