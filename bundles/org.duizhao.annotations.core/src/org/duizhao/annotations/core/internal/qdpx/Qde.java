package org.duizhao.annotations.core.internal.qdpx;

/** Names shared by the REFI-QDA reader and writer. */
final class Qde {

	/** The namespace of {@code project.qde} (QDA-XML 1.0). */
	static final String NS = "urn:QDA-XML:project:1.0"; //$NON-NLS-1$
	/** The project file's entry name. */
	static final String PROJECT_ENTRY = "project.qde"; //$NON-NLS-1$
	/** The folder of sources inside the zip. */
	static final String SOURCES = "sources/"; //$NON-NLS-1$
	/** How {@code plainTextPath} names a file inside {@link #SOURCES}. */
	static final String INTERNAL = "internal://"; //$NON-NLS-1$

	private Qde() {
	}

	/** @return {@code s} with the characters XML 1.0 cannot carry replaced by U+FFFD */
	static String xmlSafe(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
			if (!ok && sb == null) {
				sb = new StringBuilder(s.substring(0, i));
			}
			if (sb != null) {
				sb.append(ok ? c : '\uFFFD');
			}
		}
		return sb == null ? s : sb.toString();
	}
}
