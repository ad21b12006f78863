package org.duizhao.report.core.internal.pdf;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;

/** What the fonts of this machine can do, for tests that depend on installed fonts. */
public final class Fonts {

	private Fonts() {
	}

	/** @return whether the system's font folders hold a Chinese TrueType font */
	public static boolean installed() {
		return !FontCatalog.hanFaces(FontSource.fromEnvironment().folders()).isEmpty();
	}

	/** @return whether the faces chosen for {@code text} from the system's fonts cover {@code codePoint} */
	public static boolean covered(String text, int codePoint) throws IOException {
		BitSet set = new BitSet();
		text.codePoints().forEach(set::set);
		set.set(codePoint);
		List<FontFace> chosen = FontChoice.choose(FontSource.fromEnvironment(), set);
		return chosen.stream().anyMatch(f -> f.covers(codePoint));
	}
}
