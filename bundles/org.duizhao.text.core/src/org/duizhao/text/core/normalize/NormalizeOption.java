package org.duizhao.text.core.normalize;

/**
 * A kind of difference that a comparison may ignore. Each option switches on one step of the
 * {@link Normalizer}; the CLI names them in lower case ({@code --ignore script,variants}).
 */
public enum NormalizeOption {
	/** Full-width Latin letters, digits and ASCII punctuation, compatibility ideographs; spacing collapsed. */
	WIDTH,
	/** All whitespace, including line breaks and U+3000, left out of the view. */
	WHITESPACE,
	/** All punctuation left out of the view. */
	PUNCTUATION,
	/** Pinyin glosses in parentheses after a Han character left out of the view. */
	PINYIN,
	/** Traditional and simplified characters folded to one target script. */
	SCRIPT,
	/** Variant characters and look-alikes folded to the common character. */
	VARIANTS,
	/** Boilerplate lines (registration numbers, credits, navigation, spam) left out of the view. */
	BOILERPLATE;

	/** @return the option named {@code name} (case-insensitive), never {@code null} */
	public static NormalizeOption parse(String name) {
		return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
	}
}
