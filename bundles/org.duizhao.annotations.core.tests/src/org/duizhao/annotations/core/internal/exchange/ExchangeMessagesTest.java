package org.duizhao.annotations.core.internal.exchange;

import org.duizhao.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** The exchange messages: every field backed, same keys and placeholders in English and Chinese. */
class ExchangeMessagesTest {

	@Test
	void englishAndChineseMatch() {
		MessageFiles.check(Messages.class);
	}
}
