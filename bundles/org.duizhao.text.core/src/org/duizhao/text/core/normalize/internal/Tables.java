package org.duizhao.text.core.normalize.internal;

/**
 * The generated data tables, each loaded once on first use (holder classes make that lazy and
 * thread-safe without locks).
 */
public final class Tables {

	private Tables() {
	}

	/** @return the traditional-to-simplified converter */
	public static ScriptConverter toSimplified() {
		return T2s.INSTANCE;
	}

	/** @return the simplified-to-traditional converter */
	public static ScriptConverter toTraditional() {
		return S2t.INSTANCE;
	}

	/** @return rare variant to common character */
	public static CodePointMap<String> variants() {
		return Variants.INSTANCE;
	}

	/** @return the candidates of look-alike {@code codePoint}, or {@code null} if it is none */
	public static LookalikeEntry lookalike(int codePoint) {
		String row = Lookalikes.ROWS.get(codePoint);
		if (row == null) {
			return null;
		}
		synchronized (Lookalikes.INSTANCE) {
			LookalikeEntry entry = Lookalikes.INSTANCE.get(codePoint);
			if (entry == null) {
				entry = LookalikeEntry.parse(row);
				if (entry != null) {
					Lookalikes.INSTANCE.put(codePoint, entry);
				}
			}
			return entry;
		}
	}

	/** @return the word table that decides look-alikes */
	public static WordTable words() {
		return Words.INSTANCE;
	}

	private static final class T2s {
		static final ScriptConverter INSTANCE = new ScriptConverter(
				CodePointMap.of(DataFiles.rows("t2s-chars.txt")), //$NON-NLS-1$
				PhraseTable.of(DataFiles.rows("t2s-phrases.txt"))); //$NON-NLS-1$
	}

	private static final class S2t {
		static final ScriptConverter INSTANCE = new ScriptConverter(
				CodePointMap.of(DataFiles.rows("s2t-chars.txt")), //$NON-NLS-1$
				PhraseTable.of(DataFiles.rows("s2t-phrases.txt"))); //$NON-NLS-1$
	}

	private static final class Variants {
		static final CodePointMap<String> INSTANCE = CodePointMap.of(DataFiles.rows("variants.txt")); //$NON-NLS-1$
	}

	/**
	 * The look-alike rows, kept as text until a look-alike is met: most texts hold a handful of
	 * the 50,000 characters, so parsing every row up front would be wasted.
	 */
	private static final class Lookalikes {
		static final CodePointMap<LookalikeEntry> INSTANCE = new CodePointMap<>();
		static final CodePointMap<String> ROWS = load();

		private static CodePointMap<String> load() {
			String text = DataFiles.text("lookalikes.txt"); //$NON-NLS-1$
			CodePointMap<String> rows = new CodePointMap<>();
			for (int i = 0; i < text.length();) {
				int end = text.indexOf('\n', i);
				end = end < 0 ? text.length() : end;
				int cp = text.codePointAt(i);
				int tab = i + Character.charCount(cp);
				if (cp != '#' && tab < end && text.charAt(tab) == '\t') {
					rows.put(cp, text.substring(tab + 1, end));
				}
				i = end + 1;
			}
			return rows;
		}
	}

	private static final class Words {
		static final WordTable INSTANCE = WordTable.parse(DataFiles.text("words.txt")); //$NON-NLS-1$
	}
}
