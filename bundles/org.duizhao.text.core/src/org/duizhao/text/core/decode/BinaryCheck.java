package org.duizhao.text.core.decode;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells binary files from text before decoding: a known signature at the start, NUL bytes that
 * UTF-16 does not explain, or a high share of control characters. Only the first
 * {@value #SAMPLE} bytes are examined, which keeps the check cheap on large files.
 */
public final class BinaryCheck {

	static final int SAMPLE = 64 * 1024;
	/** More than this share of C0 control bytes (other than tab, line breaks, form feed, escape). */
	private static final double MAX_CONTROL_SHARE = 0.05;

	/**
	 * Share of NULs on one side of the byte pairs that marks UTF-16; not higher, because Han
	 * characters such as U+4E00 put a zero byte on the other side.
	 */
	private static final double PARITY_SHARE = 0.75;

	private static final double MIN_UTF16_PLAUSIBILITY = 0.7;

	private BinaryCheck() {
	}

	/**
	 * @param bytes the file content, not {@code null}
	 * @return why the bytes are binary, or empty if they may be text
	 */
	public static Optional<BinarySignal> check(byte[] bytes) {
		Objects.requireNonNull(bytes, "bytes"); //$NON-NLS-1$
		String format = MagicNumbers.formatOf(bytes);
		if (format != null) {
			return Optional.of(new BinarySignal(BinarySignal.Kind.MAGIC_NUMBER, format));
		}
		if (Bom.of(bytes) != null) {
			return Optional.empty();
		}
		int n = Math.min(bytes.length, SAMPLE);
		int nuls = 0;
		int controls = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				nuls++;
			} else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
				controls++;
			}
		}
		// one stray NUL in a scraped text is tolerated; more is binary unless UTF-16 explains it
		boolean manyNuls = nuls > Math.max(1, n / 1000);
		boolean manyControls = controls > n * MAX_CONTROL_SHARE;
		if ((manyNuls || manyControls) && isUtf16Text(bytes, n)) {
			return Optional.empty();
		}
		if (manyNuls) {
			return Optional.of(new BinarySignal(BinarySignal.Kind.NUL_BYTES, percent(nuls, n)));
		}
		if (manyControls) {
			return Optional.of(new BinarySignal(BinarySignal.Kind.CONTROL_CHARACTERS, percent(controls, n)));
		}
		return Optional.empty();
	}

	/**
	 * UTF-16 Han text without a mark puts zero and control bytes (the low byte of U+4E00, U+4E0B …)
	 * everywhere; it is text if it decodes cleanly into plausible characters.
	 */
	private static boolean isUtf16Text(byte[] bytes, int sampleLength) {
		if (utf16Parity(bytes) != null) {
			return true;
		}
		byte[] sample = java.util.Arrays.copyOf(bytes, sampleLength & ~1);
		for (String charset : new String[] { Charsets.UTF_16LE, Charsets.UTF_16BE }) {
			StrictDecoding d = StrictDecoding.run(sample, 0, Charsets.lookup(charset));
			if (d.malformed() <= d.text().length() / 100
					&& Plausibility.of(d.text(), d.malformed()).value() >= MIN_UTF16_PLAUSIBILITY) {
				return true;
			}
		}
		return false;
	}

	/**
	 * UTF-16 text without a byte order mark puts the zero high byte of ASCII characters always on
	 * the same side of each pair; binary data scatters its NULs.
	 *
	 * @return {@code "UTF-16LE"} or {@code "UTF-16BE"} if the NUL pattern says so, else {@code null}
	 */
	static String utf16Parity(byte[] bytes) {
		int n = Math.min(bytes.length, SAMPLE) & ~1;
		int even = 0;
		int odd = 0;
		for (int i = 0; i < n; i++) {
			if (bytes[i] == 0) {
				if ((i & 1) == 0) {
					even++;
				} else {
					odd++;
				}
			}
		}
		int total = even + odd;
		if (total < 2) {
			return null;
		}
		if (odd >= total * PARITY_SHARE) {
			return Charsets.UTF_16LE;
		}
		return even >= total * PARITY_SHARE ? Charsets.UTF_16BE : null;
	}

	private static String percent(int part, int whole) {
		return String.format(Locale.ROOT, "%.1f", 100.0 * part / Math.max(1, whole)); //$NON-NLS-1$
	}
}
