package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.shared.ConnectionState;
import org.duizhao.annotations.ui.internal.shared.PasswordVault;
import org.duizhao.annotations.ui.internal.shared.ShareJob;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A shared project for the workbench tests: a throwaway PostgreSQL cluster (one per test class), a
 * fresh database per test, the project of {@link AnnotatedProject} shared on it by the superuser,
 * and the workbench's secure storage in a temporary folder.
 */
final class SharedFixture {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	final PostgresServer server;
	final Path temp;
	final PasswordVault vault;
	AnnotatedProject local;
	ServerAddress owner;

	SharedFixture(PostgresServer server, Path temp) throws Exception {
		Workbench.start();
		this.server = server;
		this.temp = temp;
		this.vault = new PasswordVault(temp.resolve("vault")); //$NON-NLS-1$
		AnnotationsUiPlugin.getDefault().setVault(vault);
	}

	/** @return a new empty database's address for {@code user} */
	ServerAddress newDatabase(String user) {
		String name = "ui_project_" + DATABASES.incrementAndGet(); //$NON-NLS-1$
		server.createDatabase(name);
		return new ServerAddress(server.host(), server.port(), name, user);
	}

	/** Makes the local project and shares it as the superuser, through the share job. */
	AnnotatedProject shared() throws Exception {
		local = AnnotatedProject.create(temp);
		owner = newDatabase(PostgresServer.SUPERUSER);
		ShareJob job = ShareJob.start(local.project, owner, server.password());
		job.join(120_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		waitForState(local.project.folder(), s -> s.online() && s.isOwner());
		return local;
	}

	/** @return a second client on the server, as {@code user} */
	PostgresAnnotationStore client(String user, String password) throws Exception {
		return PostgresAnnotationStore.open(new ServerAddress(owner.host(), owner.port(), owner.database(), user), password);
	}

	/** Waits until the connection monitor reports a state of {@code root} that passes {@code test}. */
	static ConnectionState waitForState(Path root, java.util.function.Predicate<ConnectionState> test) throws Exception {
		long end = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < end) {
			AnnotationsUiPlugin.getDefault().connections().checkNow();
			ConnectionState s = AnnotationsUiPlugin.getDefault().connections().state(root).orElse(null);
			if (s != null && test.test(s)) {
				return s;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("state not reached: " + AnnotationsUiPlugin.getDefault().connections().state(root)); //$NON-NLS-1$
	}

	/** @return the workbench's store of the shared project */
	AnnotationStore store() throws Exception {
		return local.store();
	}

	/** Asserts that no file below {@code folder} holds any of {@code secrets}. */
	static void assertNoSecretIn(Path folder, String... secrets) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
				for (String secret : secrets) {
					assertThat(bytes).as(f.toString()).doesNotContain(secret);
				}
			}
		}
	}

	/** Presses the button labelled {@code label} below {@code parent}, as a click would. */
	static void press(Composite parent, String label) {
		Button b = find(parent, label);
		assertThat(b).as(label).isNotNull();
		assertThat(b.isEnabled()).as(label + " enabled").isTrue(); //$NON-NLS-1$
		b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static Button find(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof Composite inner) {
				Button found = find(inner, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	void close() throws Exception {
		if (local != null) {
			local.close();
		}
	}
}
