package org.duizhao.text.core.script;

/** The Chinese script a text is written in. */
public enum Script {
	/** Simplified characters (mainland China, Singapore). */
	SIMPLIFIED,
	/** Traditional characters (Taiwan, Hong Kong, Macao, older texts). */
	TRADITIONAL,
	/** Substantial numbers of both simplified-only and traditional-only characters. */
	MIXED,
	/** Han characters, but only ones written the same in both scripts, so no decision is possible. */
	UNDETERMINED,
	/** No Han characters at all. */
	NONE
}
