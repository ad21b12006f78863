package org.duizhao.text.core.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** Canonical names for the charsets the decoder reports. */
final class Charsets {

	static final String UTF_8 = "UTF-8"; //$NON-NLS-1$
	static final String GB18030 = "GB18030"; //$NON-NLS-1$
	static final String BIG5 = "Big5"; //$NON-NLS-1$
	static final String BIG5_HKSCS = "Big5-HKSCS"; //$NON-NLS-1$
	static final String UTF_16LE = "UTF-16LE"; //$NON-NLS-1$
	static final String UTF_16BE = "UTF-16BE"; //$NON-NLS-1$

	private Charsets() {
	}

	/**
	 * @return the name to report for {@code name}: GBK, GB2312 and their aliases become GB18030,
	 *         which decodes all of them identically and more
	 * @throws IllegalArgumentException if the JDK does not know the charset
	 */
	static String canonical(String name) {
		Charset charset = lookup(name);
		String canonical = charset.name();
		switch (canonical.toUpperCase(Locale.ROOT)) {
		case "GBK", "GB2312", "X-EUC-CN", "EUC-CN", "X-MS936", "CP936", "WINDOWS-936": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			return GB18030;
		default:
			if (canonical.toUpperCase(Locale.ROOT).contains("HKSCS")) { //$NON-NLS-1$
				return BIG5_HKSCS;
			}
			return canonical;
		}
	}

	static Charset lookup(String name) {
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new IllegalArgumentException("unknown charset: " + name, e); //$NON-NLS-1$
		}
	}

	/** @return whether the JDK can decode {@code name} (ICU may name charsets the JDK lacks) */
	static boolean isSupported(String name) {
		try {
			return Charset.isSupported(name);
		} catch (IllegalCharsetNameException e) {
			return false;
		}
	}
}
