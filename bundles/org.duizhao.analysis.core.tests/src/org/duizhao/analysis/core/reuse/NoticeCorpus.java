package org.duizhao.analysis.core.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus where short notices copy two or three paragraphs of one long decision and add
 * a few of their own, so that a notice and its decision resemble each other little (well below 0.3)
 * while most of the notice is in the decision. Every text also carries one stock paragraph, the
 * same everywhere, as real notices do ("为深入贯彻落实…"). Paragraphs are random over 3,000 Han
 * characters, so unrelated texts share nothing else.
 */
final class NoticeCorpus {

	final List<ReuseText> texts = new ArrayList<>();
	/** The planted pairs as "decision|notice" ids. */
	final Set<String> planted = new HashSet<>();
	private final Random random;

	/**
	 * @param seed the random seed
	 * @param decisions how many long decisions (20 to 30 paragraphs)
	 * @param notices how many notices, each copying from decision {@code k * 7 % decisions}
	 */
	NoticeCorpus(long seed, int decisions, int notices) {
		random = new Random(seed);
		String stock = paragraph(120);
		List<List<String>> paragraphs = new ArrayList<>();
		for (int i = 0; i < decisions; i++) {
			List<String> doc = new ArrayList<>();
			doc.add(stock);
			for (int p = 20 + random.nextInt(11); p > 0; p--) {
				doc.add(paragraph(120 + random.nextInt(120)));
			}
			paragraphs.add(doc);
			texts.add(new ReuseText("decision-" + i, String.join("\n", doc))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int k = 0; k < notices; k++) {
			int parent = k * 7 % decisions;
			List<String> from = paragraphs.get(parent);
			List<String> doc = new ArrayList<>();
			doc.add(stock);
			doc.add(paragraph(60 + random.nextInt(60)));
			int start = 1 + random.nextInt(from.size() - 4);
			int copied = 2 + random.nextInt(2);
			doc.addAll(from.subList(start, start + copied));
			doc.add(paragraph(60 + random.nextInt(100)));
			String id = "notice-" + k; //$NON-NLS-1$
			texts.add(new ReuseText(id, String.join("\n", doc))); //$NON-NLS-1$
			planted.add("decision-" + parent + "|" + id); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private String paragraph(int length) {
		StringBuilder sb = new StringBuilder();
		for (int i = 1; i <= length; i++) {
			sb.append((char) (0x4E00 + random.nextInt(3000)));
			if (i % (15 + random.nextInt(10)) == 0) {
				sb.append(i < length - 5 ? '，' : '。');
			}
		}
		return sb.append('。').toString();
	}
}
