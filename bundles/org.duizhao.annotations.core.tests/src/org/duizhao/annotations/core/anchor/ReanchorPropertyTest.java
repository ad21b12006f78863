package org.duizhao.annotations.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Re-anchoring over random edits (seeded, so every failure can be replayed): texts are edited by
 * deletions, insertions, replacements and moves that remember where each character came from, and
 * every annotation placed on the new text must hold what that planted truth says (see
 * {@link GroundTruth}). No annotation may land on a wrong passage; most must still be placed.
 * <p>
 * 300 generated texts by default; {@code -Dduizhao.reanchor.runs=N -Dduizhao.reanchor.first=S}
 * runs others (a longer soak when the placement rules change).
 */
class ReanchorPropertyTest {

	private static final int ANNOTATIONS = 40;

	@Test
	void generatedTextsUnderRandomEdits() {
		Tally tally = new Tally();
		int runs = Integer.getInteger("duizhao.reanchor.runs", 300); //$NON-NLS-1$
		int first = Integer.getInteger("duizhao.reanchor.first", 0); //$NON-NLS-1$
		for (int seed = first; seed < first + runs; seed++) {
			Random random = new Random(seed);
			String text = Texts.generate(random, 300 + random.nextInt(2500));
			run(random, text, "generated seed " + seed, tally);
		}
		tally.check();
	}

	@Test
	void seedTextsUnderRandomEdits() throws IOException {
		Tally tally = new Tally();
		for (Path file : TestData.seeds()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (int seed = 0; seed < 30; seed++) {
				run(new Random(seed), text, file.getFileName() + " seed " + seed, tally);
			}
		}
		tally.check();
	}

	private static void run(Random random, String oldText, String label, Tally tally) {
		int length = oldText.codePointCount(0, oldText.length());
		int edits = 1 + random.nextInt(Math.max(1, length / 60));
		EditScript script = new EditScript(oldText).edit(random, edits);
		GroundTruth truth = new GroundTruth(oldText, script);
		List<Annotation> annotations = new ArrayList<>();
		for (int k = 0; k < ANNOTATIONS; k++) {
			int start = random.nextInt(length - 1);
			int span = random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 1 + random.nextInt(40);
			annotations.add(Texts.annotation("a" + k, oldText, 1, start, Math.min(length, start + span)));
		}
		ReanchorResult result = Reanchorer.reanchor(new VersionText(1, oldText), new VersionText(2, truth.newText()),
				annotations);
		assertThat(result.outcomes()).hasSize(ANNOTATIONS);
		for (AnchorOutcome o : result.outcomes()) {
			String wrong = truth.judge(o);
			assertThat(wrong).as("%s, annotation %s %d..%d", label, o.before().id(), o.before().start(),
					o.before().end()).isNull();
		}
		tally.add(result.counts());
	}

	/** The counts over all runs: the test fails if hardly anything is placed, or never fuzzily. */
	private static final class Tally {
		private ReanchorCounts counts = ReanchorCounts.NONE;

		void add(ReanchorCounts more) {
			counts = counts.plus(more);
		}

		void check() {
			System.out.println("re-anchoring property test: " + counts); //$NON-NLS-1$
			assertThat(counts.exact() + counts.quote() + counts.fuzzy()).isGreaterThan(counts.total() * 7 / 10);
			assertThat(counts.fuzzy()).isPositive();
			assertThat(counts.unanchored()).isPositive();
		}
	}
}
