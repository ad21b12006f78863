package org.duizhao.text.core.script;

import java.util.Objects;

import com.ibm.icu.text.Transliterator;

/**
 * Decides whether a text is written in simplified or traditional characters.
 * <p>
 * Each Han character is looked up once with ICU's {@code Hant-Hans} and {@code Hans-Hant}
 * transliterators: a character that the first changes is traditional-only, one that the second
 * changes is simplified-only, one that neither changes is shared. The answers are cached per
 * character, so detection is linear in the text and cheap after warm-up. A text is called
 * {@link Script#MIXED} only when the minority script is substantial (at least
 * {@value #MIXED_MIN_COUNT} characters and {@value #MIXED_MIN_SHARE} of the script-specific ones):
 * a few look-alike or stray characters do not make a text mixed. Thread-safe.
 */
public final class ScriptDetector {

	static final int MIXED_MIN_COUNT = 5;
	static final double MIXED_MIN_SHARE = 0.2;

	private static final byte UNKNOWN = 0;
	private static final byte SHARED = 1;
	private static final byte SIMPLIFIED_ONLY = 2;
	private static final byte TRADITIONAL_ONLY = 3;

	/** Per BMP character; benign races only recompute the same answer. */
	private static final byte[] CACHE = new byte[0x10000];
	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans"); //$NON-NLS-1$
	private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant"); //$NON-NLS-1$

	private ScriptDetector() {
	}

	/** @return the script of {@code text} (not {@code null}) */
	public static Script detect(CharSequence text) {
		return profile(text).script();
	}

	/** @return the script of {@code text} (not {@code null}) with the counts behind it */
	public static ScriptProfile profile(CharSequence text) {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		int han = 0;
		int simplified = 0;
		int traditional = 0;
		for (int i = 0; i < text.length(); i++) {
			int cp = Character.codePointAt(text, i);
			if (cp > 0xFFFF) {
				i++;
			}
			if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN || !Character.isLetter(cp)) {
				continue;
			}
			han++;
			byte kind = cp > 0xFFFF ? SHARED : classify((char) cp);
			if (kind == SIMPLIFIED_ONLY) {
				simplified++;
			} else if (kind == TRADITIONAL_ONLY) {
				traditional++;
			}
		}
		return new ScriptProfile(decide(han, simplified, traditional), han, simplified, traditional);
	}

	static Script decide(int han, int simplified, int traditional) {
		if (han == 0) {
			return Script.NONE;
		}
		int specific = simplified + traditional;
		if (specific == 0) {
			return Script.UNDETERMINED;
		}
		int minority = Math.min(simplified, traditional);
		if (simplified == traditional
				|| (minority >= MIXED_MIN_COUNT && minority >= specific * MIXED_MIN_SHARE)) {
			return Script.MIXED;
		}
		return simplified > traditional ? Script.SIMPLIFIED : Script.TRADITIONAL;
	}

	private static byte classify(char c) {
		byte kind = CACHE[c];
		if (kind == UNKNOWN) {
			kind = lookUp(c);
			CACHE[c] = kind;
		}
		return kind;
	}

	private static byte lookUp(char c) {
		String s = String.valueOf(c);
		boolean changedToSimplified;
		boolean changedToTraditional;
		// ICU transliterators are not documented as thread-safe
		synchronized (TO_SIMPLIFIED) {
			changedToSimplified = !TO_SIMPLIFIED.transliterate(s).equals(s);
		}
		synchronized (TO_TRADITIONAL) {
			changedToTraditional = !TO_TRADITIONAL.transliterate(s).equals(s);
		}
		if (changedToSimplified == changedToTraditional) {
			return SHARED; // neither, or both (characters with several readings): no evidence
		}
		return changedToSimplified ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY;
	}
}
