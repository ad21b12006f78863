package org.duizhao.text.core.decode;

import java.nio.charset.Charset;
import java.util.BitSet;

/**
 * The Han characters of everyday text: GB 2312 level 1 (the 3,755 most used simplified characters)
 * together with the Big5 frequently-used block (5,401 traditional characters).
 * <p>
 * Both sets are read out of the JDK's own charsets, so no data file is needed. A right decoding of
 * real text is almost entirely made of these characters; a wrong one (GBK read as Big5 and vice
 * versa) lands on them only about half the time, which is what makes the scoring work.
 */
final class CommonHan {

	private static final BitSet COMMON = build();

	private CommonHan() {
	}

	static boolean contains(char c) {
		return COMMON.get(c);
	}

	private static BitSet build() {
		BitSet set = new BitSet(0x10000);
		// GB 2312 level 1: rows 0xB0..0xD7, cells 0xA1..0xFE
		addDecoded(set, "GB2312", 0xB0, 0xD7, 0xA1, 0xFE, 0, -1); //$NON-NLS-1$
		// Big5 frequently used: 0xA440..0xC67E, cells 0x40..0x7E and 0xA1..0xFE
		addDecoded(set, "Big5", 0xA4, 0xC5, 0x40, 0x7E, 0xA1, 0xFE); //$NON-NLS-1$
		addDecoded(set, "Big5", 0xC6, 0xC6, 0x40, 0x7E, 0, -1); //$NON-NLS-1$
		return set;
	}

	private static void addDecoded(BitSet set, String charset, int leadFrom, int leadTo, int t1From, int t1To,
			int t2From, int t2To) {
		int cells = (t1To - t1From + 1) + Math.max(0, t2To - t2From + 1);
		byte[] bytes = new byte[(leadTo - leadFrom + 1) * cells * 2];
		int n = 0;
		for (int lead = leadFrom; lead <= leadTo; lead++) {
			n = putRow(bytes, n, lead, t1From, t1To);
			n = putRow(bytes, n, lead, t2From, t2To);
		}
		String decoded = new String(bytes, 0, n, Charset.forName(charset));
		for (int i = 0; i < decoded.length(); i++) {
			char c = decoded.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				set.set(c);
			}
		}
	}

	private static int putRow(byte[] bytes, int n, int lead, int from, int to) {
		for (int trail = from; trail <= to; trail++) {
			bytes[n++] = (byte) lead;
			bytes[n++] = (byte) trail;
		}
		return n;
	}
}
