package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** The English and Chinese report strings: same keys, same placeholders, the Chinese really Chinese. */
class MessagesTest {

	@Test
	void chineseHasEveryKeyWithTheSamePlaceholders() {
		MessageFiles.check(Messages.class, "location"); //$NON-NLS-1$
		assertThat(Messages.legend).isNotBlank();
	}
}
