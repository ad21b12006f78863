package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Granularity;
import org.duizhao.compare.core.SentenceLink;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Levels one and two: aligns the sentence units (no Myers there: see {@link SequenceDiff}), then
 * diffs each small replace block finely as a whole and links its sentences by the characters they
 * share; a large block (unrelated text) is paired sentence by sentence by bigram similarity and
 * each pair diffed finely. Stretches where a short equal run sits between surpluses of text on
 * both sides ({@link SuspectWindows}) are also diffed finely as one block, and the cheaper result is
 * kept. The result is a list of edits in text order plus the sentence links.
 */
final class Alignment {

	/**
	 * Least lengths of anchoring runs of sentences: long runs first, which are seldom wrong; then
	 * short ones between them, though never a stock phrase alone.
	 */
	private static final int[] SENTENCE_ANCHORS = { 64, 12 };

	/**
	 * Replace blocks up to this many characters a side are diffed finely as a whole; larger ones
	 * (unrelated stretches) are paired sentence by sentence so that cost and noise stay low.
	 */
	private static final int SMALL_BLOCK = 4096;

	final String textA;
	final String textB;
	final Units ua;
	final Units ub;
	final EditList edits = new EditList();
	final List<SentenceLink> links = new ArrayList<>();
	private final CompareOptions options;
	private final PairDiff pairDiff;

	Alignment(CompareSide a, CompareSide b, CompareOptions options, SubMonitor monitor) {
		this.textA = a.text().text();
		this.textB = b.text().text();
		this.ua = Units.of(textA.length(), a.sentences());
		this.ub = Units.of(textB.length(), b.sentences());
		this.options = options;
		this.pairDiff = new PairDiff(textA, textB, options.granularity(), a.words(), b.words(), monitor);
	}

	void run(SubMonitor monitor) {
		Map<String, Integer> dictionary = new HashMap<>();
		int[] idsA = ua.ids(textA, dictionary);
		int[] idsB = ub.ids(textB, dictionary);
		List<Block> blocks = new SequenceDiff(idsA, idsB, ua.lengths(), ub.lengths(), 1, SENTENCE_ANCHORS,
				false, monitor).run();
		monitor.setWorkRemaining(blocks.size() + 1);
		List<int[]> windows = SuspectWindows.of(blocks, ua, ub);
		int w = 0;
		for (int k = 0; k < blocks.size(); k++) {
			monitor.split(1);
			if (w < windows.size() && windows.get(w)[0] == k) {
				window(blocks.subList(k, windows.get(w)[1]));
				k = windows.get(w++)[1] - 1;
			} else {
				block(blocks.get(k), edits, links);
			}
		}
	}

	/**
	 * Emits a suspect window ({@link SuspectWindows}) either block by block or as one replace
	 * block, whichever touches fewer characters.
	 */
	private void window(List<Block> window) {
		EditList apart = new EditList();
		List<SentenceLink> apartLinks = new ArrayList<>();
		for (Block block : window) {
			block(block, apart, apartLinks);
		}
		Block first = window.get(0);
		Block last = window.get(window.size() - 1);
		EditList whole = new EditList();
		List<SentenceLink> wholeLinks = new ArrayList<>();
		fineBlock(Block.replace(first.aStart(), last.aEnd(), first.bStart(), last.bEnd()), whole, wholeLinks);
		boolean merge = whole.touched() < apart.touched();
		for (Edit e : (merge ? whole : apart).edits()) {
			edits.add(e.kind(), e.aStart(), e.aEnd(), e.bStart(), e.bEnd());
		}
		links.addAll(merge ? wholeLinks : apartLinks);
	}

	private void block(Block block, EditList out, List<SentenceLink> outLinks) {
		if (block.equal()) {
			equalBlock(block, out, outLinks);
		} else {
			replaceBlock(block, out, outLinks);
		}
	}

	private void equalBlock(Block block, EditList out, List<SentenceLink> outLinks) {
		for (int k = 0; k < block.aEnd() - block.aStart(); k++) {
			outLinks.add(new SentenceLink(SentenceLink.Kind.EQUAL, block.aStart() + k, block.bStart() + k, 1));
		}
		out.add(Edit.Kind.EQUAL, ua.start(block.aStart()), ua.start(block.aEnd()), ub.start(block.bStart()),
				ub.start(block.bEnd()));
	}

	private void replaceBlock(Block block, EditList out, List<SentenceLink> outLinks) {
		if (options.granularity() != Granularity.SENTENCE && small(block)) {
			fineBlock(block, out, outLinks);
			return;
		}
		pairedBlock(block, out, outLinks);
	}

	/** One fine diff over the whole block: sentences split or joined by an edit stay cheap. */
	private void fineBlock(Block block, EditList out, List<SentenceLink> outLinks) {
		if (options.granularity() == Granularity.SENTENCE) {
			pairedBlock(block, out, outLinks);
			return;
		}
		BlockLinker linker = new BlockLinker(ua, ub, block, options.pairThreshold());
		pairDiff.diff(ua.start(block.aStart()), ua.start(block.aEnd()), ub.start(block.bStart()),
				ub.start(block.bEnd()), (kind, as, ae, bs, be) -> {
					out.add(kind, as, ae, bs, be);
					if (kind == Edit.Kind.EQUAL) {
						linker.equal(as, ae, bs);
					}
				});
		linker.links(outLinks);
	}

	/** Pairs the sentences of the block by similarity and diffs each pair finely. */
	private void pairedBlock(Block block, EditList out, List<SentenceLink> outLinks) {
		int i = block.aStart();
		int j = block.bStart();
		for (SentencePairer.Pair pair : SentencePairer.pair(textA, ua, textB, ub, block, options.pairThreshold())) {
			unpaired(i, pair.a(), j, pair.b(), out, outLinks);
			double similarity = pairDiff.diff(ua.start(pair.a()), ua.end(pair.a()), ub.start(pair.b()),
					ub.end(pair.b()), out);
			outLinks.add(new SentenceLink(SentenceLink.Kind.CHANGED, pair.a(), pair.b(), similarity));
			i = pair.a() + 1;
			j = pair.b() + 1;
		}
		unpaired(i, block.aEnd(), j, block.bEnd(), out, outLinks);
	}

	private boolean small(Block block) {
		return ua.start(block.aEnd()) - ua.start(block.aStart()) <= SMALL_BLOCK
				&& ub.start(block.bEnd()) - ub.start(block.bStart()) <= SMALL_BLOCK;
	}

	/** Whole sentences: A's deleted before B's inserted, both at the current place. */
	private void unpaired(int a0, int a1, int b0, int b1, EditList out, List<SentenceLink> outLinks) {
		for (int k = a0; k < a1; k++) {
			outLinks.add(new SentenceLink(SentenceLink.Kind.DELETED, k, -1, 0));
		}
		for (int k = b0; k < b1; k++) {
			outLinks.add(new SentenceLink(SentenceLink.Kind.INSERTED, -1, k, 0));
		}
		out.add(Edit.Kind.DELETE, ua.start(a0), ua.start(a1), ub.start(b0), ub.start(b0));
		out.add(Edit.Kind.INSERT, ua.start(a1), ua.start(a1), ub.start(b0), ub.start(b1));
	}
}
