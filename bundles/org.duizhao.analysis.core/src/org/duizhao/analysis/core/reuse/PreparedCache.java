package org.duizhao.analysis.core.reuse;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared documents of a corpus run, the most recently used kept within a byte budget:
 * candidate pairs come sorted by their first document, so a document's pairs are mostly aligned
 * close together and a bounded cache prepares most documents once, whatever the corpus's size.
 * Safe for the threads of a parallel stream; two threads may prepare one document at once, and
 * both get an equal result.
 */
final class PreparedCache {

	private final List<ReuseText> texts;
	private final long budget;
	private final LinkedHashMap<Integer, PreparedText> kept = new LinkedHashMap<>(64, 0.75f, true);
	private long bytes;
	private int prepared;

	/**
	 * @param texts the corpus
	 * @param budget the most bytes kept (one document is always kept, however large)
	 */
	PreparedCache(List<ReuseText> texts, long budget) {
		this.texts = texts;
		this.budget = budget;
	}

	/** @return the budget for this JVM: a quarter of its largest heap */
	static long defaultBudget() {
		return Runtime.getRuntime().maxMemory() / 4;
	}

	/** @return document {@code index} prepared */
	PreparedText get(int index) {
		synchronized (this) {
			PreparedText p = kept.get(index);
			if (p != null) {
				return p;
			}
		}
		PreparedText p = PreparedText.of(texts.get(index));
		synchronized (this) {
			prepared++;
			if (kept.putIfAbsent(index, p) == null) {
				bytes += p.bytes();
				Iterator<Map.Entry<Integer, PreparedText>> eldest = kept.entrySet().iterator();
				while (bytes > budget && kept.size() > 1) {
					bytes -= eldest.next().getValue().bytes();
					eldest.remove();
				}
			}
		}
		return p;
	}

	/** @return how many times a document was prepared (the corpus's size when the budget held all) */
	synchronized int prepared() {
		return prepared;
	}
}
