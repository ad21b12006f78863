package org.duizhao.search.core.internal;

import org.duizhao.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** Every message of the core has an English and a Chinese text. */
class MessagesTest {

	@Test
	void englishAndChineseMessagesMatch() {
		MessageFiles.check(Messages.class);
	}
}
