package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.ui.internal.shared.ConnectionState;
import org.duizhao.annotations.ui.internal.shared.Messages;
import org.duizhao.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** The shared-project strings exist in English and Chinese; the status texts read as the issue asks. */
class SharedMessagesTest {

	@Test
	void everyStringHasAnEnglishAndAChineseMessage() {
		MessageFiles.check(Messages.class);
	}

	@Test
	void theStatusLineSaysOnlineOfflineWithWaitingEditsAndConflicts() {
		ServerAddress a = new ServerAddress("db.example.org", 5432, "policy", "wangfang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path root = Path.of("/p"); //$NON-NLS-1$
		assertThat(new ConnectionState(root, a, true, 0, 0, ProjectRole.OWNER, null).label())
				.isEqualTo(Messages.Status_online);
		assertThat(new ConnectionState(root, a, false, 3, 0, null, null).label()).contains("3"); //$NON-NLS-1$
		assertThat(new ConnectionState(root, a, false, 0, 0, null, null).label()).isEqualTo(Messages.Status_offline);
		assertThat(new ConnectionState(root, a, true, 0, 2, null, null).label()).startsWith(Messages.Status_online)
				.contains("2"); //$NON-NLS-1$
		assertThat(new ConnectionState(root, a, true, 0, 0, null, null).tooltip()).contains("wangfang", //$NON-NLS-1$
				"postgresql://db.example.org:5432/policy"); //$NON-NLS-1$
	}
}
