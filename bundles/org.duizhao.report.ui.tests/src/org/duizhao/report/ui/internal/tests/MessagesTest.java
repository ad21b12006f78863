package org.duizhao.report.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.report.ui.internal.Messages;
import org.duizhao.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** The English and Chinese wizard strings: same keys, same placeholders, the Chinese really Chinese. */
class MessagesTest {

	@Test
	void chineseHasEveryKeyWithTheSamePlaceholders() {
		MessageFiles.check(Messages.class);
		assertThat(Messages.Wizard_title).isNotBlank();
	}
}
