package org.duizhao.annotations.core.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.exchange.Placement.Failure;
import org.duizhao.annotations.core.internal.exchange.Placement.Result;
import org.junit.jupiter.api.Test;

class PlacementTest {

	private final Placement p = new Placement("𠮷甲乙丙，甲乙丙丁；甲乙。"); //$NON-NLS-1$

	@Test
	void aPositionThatShowsTheQuoteIsKept() {
		assertThat(p.place(1, 4, new TextQuote("甲乙丙", null, null))).isEqualTo(new Result(1, 4, false, null)); //$NON-NLS-1$
		assertThat(p.place(0, 1, null)).isEqualTo(new Result(0, 1, false, null));
	}

	@Test
	void theQuoteWithItsContextDecidesBetweenOccurrences() {
		Result r = p.place(null, null, new TextQuote("甲乙", "，", "丙丁")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(r).isEqualTo(new Result(5, 7, true, null));
	}

	@Test
	void withoutContextTheNearestOccurrenceToThePositionWins() {
		Result r = p.place(9, 11, new TextQuote("甲乙", null, null)); //$NON-NLS-1$
		assertThat(r).isEqualTo(new Result(10, 12, true, null));
	}

	@Test
	void severalOccurrencesAndNothingToChooseByIsAmbiguous() {
		assertThat(p.place(null, null, new TextQuote("甲乙", null, null)).failure()).isEqualTo(Failure.AMBIGUOUS); //$NON-NLS-1$
	}

	@Test
	void failuresSayWhy() {
		assertThat(p.place(null, null, null).failure()).isEqualTo(Failure.NO_SELECTOR);
		assertThat(p.place(3, 99, null).failure()).isEqualTo(Failure.OUT_OF_RANGE);
		assertThat(p.place(0, 2, new TextQuote("戊", null, null)).failure()).isEqualTo(Failure.QUOTE_NOT_FOUND); //$NON-NLS-1$
	}

	@Test
	void quotesAreThoseOfTextQuote() {
		String text = "𠮷".repeat(40) + "甲乙丙" + "丁".repeat(40); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Placement long1 = new Placement(text);
		for (int[] r : new int[][] { { 0, 0 }, { 0, 3 }, { 40, 43 }, { 80, 83 }, { 83, 83 }, { 10, 70 } }) {
			assertThat(long1.quote(r[0], r[1])).isEqualTo(TextQuote.of(text, r[0], r[1]));
		}
	}
}
