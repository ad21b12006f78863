package org.duizhao.corpus.ui;

import java.util.List;
import java.util.Objects;

/**
 * What a part that offers many passages to code at once adapts to
 * ({@code getAdapter(CodablePassages.class)}): e.g. the compare editor's Related mode offers every
 * occurrence of the selected shared formulas in both panes. The annotations UI codes them; neither
 * side knows the other, as with {@link DocumentPanes}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CodablePassages {

	/** @return the passages to code now, maybe none */
	List<Passage> passages();

	/**
	 * One passage of a shown document.
	 *
	 * @param pane the pane showing the document (its project, document, version and text)
	 * @param start code point offset in {@link DocumentPane#text()}, inclusive
	 * @param end code point offset, exclusive, {@code > start}
	 */
	record Passage(DocumentPane pane, int start, int end) {

		/** Checks the range. */
		public Passage {
			Objects.requireNonNull(pane, "pane"); //$NON-NLS-1$
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("bad passage " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
