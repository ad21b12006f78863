package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;

import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.eclipse.osgi.util.NLS;

/**
 * What the workbench knows of a shared project's server connection at the last look.
 *
 * @param root the project folder (absolute, normalized)
 * @param address the server and login
 * @param online whether the server answered
 * @param waiting edits in the outbox, not yet on the server
 * @param conflicts refused edits to resolve (outbox and live ones)
 * @param role the login's role, when known (online)
 * @param problem why the server refused the connection (a wrong password, say), else {@code null}
 */
public record ConnectionState(Path root, ServerAddress address, boolean online, int waiting, int conflicts,
		ProjectRole role, String problem) {

	/** @return the status line's text: online, offline with n edits waiting, n conflicts to resolve */
	public String label() {
		String connection = online ? Messages.Status_online
				: waiting > 0 ? NLS.bind(Messages.Status_offlineWaiting, waiting) : Messages.Status_offline;
		return conflicts > 0 ? NLS.bind(Messages.Status_withConflicts, connection, conflicts) : connection;
	}

	/** @return the tool tip: the login and server, and a refusal's reason */
	public String tooltip() {
		String who = NLS.bind(Messages.Status_tooltip, address.user(), address.url());
		return problem == null ? who : who + '\n' + problem;
	}

	/** @return whether the login owns the project (and may manage its members) */
	public boolean isOwner() {
		return role == ProjectRole.OWNER;
	}
}
