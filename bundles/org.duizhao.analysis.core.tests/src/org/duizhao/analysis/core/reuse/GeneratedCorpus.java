package org.duizhao.analysis.core.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus with planted reuse: texts of random paragraphs over 3,000 Han characters (so
 * unrelated texts share no passage by chance), and derived texts that take over some of a parent's
 * paragraphs, reorder them, reword a few characters and add paragraphs of their own.
 */
final class GeneratedCorpus {

	final List<ReuseText> texts = new ArrayList<>();
	/** The planted pairs as "parent|child" ids. */
	final Set<String> planted = new HashSet<>();
	/** Per derived text, one paragraph copied verbatim: {child id, paragraph}. */
	final List<String[]> copied = new ArrayList<>();
	private final Random random;

	GeneratedCorpus(long seed, int originals, int derived) {
		random = new Random(seed);
		List<List<String>> paragraphs = new ArrayList<>();
		for (int i = 0; i < originals; i++) {
			List<String> doc = new ArrayList<>();
			for (int p = 5 + random.nextInt(10); p > 0; p--) {
				doc.add(paragraph());
			}
			paragraphs.add(doc);
			texts.add(new ReuseText("doc-" + i, String.join("\n", doc))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int k = 0; k < derived; k++) {
			int parent = k * 3 % originals;
			List<String> doc = derive(paragraphs.get(parent));
			String id = "derived-" + k; //$NON-NLS-1$
			texts.add(new ReuseText(id, String.join("\n", doc))); //$NON-NLS-1$
			planted.add("doc-" + parent + "|" + id); //$NON-NLS-1$ //$NON-NLS-2$
			copied.add(new String[] { id, doc.get(0) });
		}
	}

	private List<String> derive(List<String> parent) {
		List<String> kept = new ArrayList<>();
		for (String p : parent) { // at least half of the parent, so the pair stays above the threshold
			if (kept.size() < (parent.size() + 1) / 2 || random.nextDouble() < 0.6) {
				kept.add(random.nextDouble() < 0.3 ? reword(p) : p);
			}
		}
		java.util.Collections.shuffle(kept, random);
		List<String> doc = new ArrayList<>();
		doc.add(kept.stream().filter(parent::contains).findFirst().orElseGet(() -> parent.get(0))); // one verbatim first
		kept.stream().filter(p -> !p.equals(doc.get(0))).forEach(doc::add);
		for (int n = random.nextInt(3); n > 0; n--) {
			doc.add(1 + random.nextInt(doc.size()), paragraph());
		}
		return doc;
	}

	private String reword(String p) {
		StringBuilder sb = new StringBuilder(p);
		for (int i = 0; i < sb.length(); i += 12 + random.nextInt(20)) {
			if (sb.charAt(i) != '，' && sb.charAt(i) != '。') {
				sb.setCharAt(i, han());
			}
		}
		return sb.toString();
	}

	private String paragraph() {
		StringBuilder sb = new StringBuilder();
		for (int sentence = 2 + random.nextInt(4); sentence > 0; sentence--) {
			for (int c = 10 + random.nextInt(30); c > 0; c--) {
				sb.append(han());
			}
			sb.append(random.nextBoolean() ? '，' : '。');
		}
		return sb.toString();
	}

	private char han() {
		return (char) (0x4E00 + random.nextInt(3000));
	}
}
