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

	/** @return look-alike to its candidates */
	public static CodePointMap<LookalikeEntry> lookalikes() {
		return Lookalikes.INSTANCE;
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

	private static final class Lookalikes {
		static final CodePointMap<LookalikeEntry> INSTANCE = load();

		private static CodePointMap<LookalikeEntry> load() {
			CodePointMap<LookalikeEntry> map = new CodePointMap<>();
			for (String[] row : DataFiles.rows("lookalikes.txt")) { //$NON-NLS-1$
				LookalikeEntry entry = LookalikeEntry.of(row);
				if (entry != null) {
					map.put(row[0].codePointAt(0), entry);
				}
			}
			return map;
		}
	}

	private static final class Words {
		static final WordTable INSTANCE = WordTable.of(DataFiles.rows("words.txt")); //$NON-NLS-1$
	}
}
