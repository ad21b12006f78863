package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.annotations.ui.internal.shared.Messages;
import org.duizhao.annotations.ui.internal.shared.OpenSharedDialog;
import org.duizhao.annotations.ui.internal.shared.OpenSharedJob;
import org.duizhao.annotations.ui.internal.shared.ShareDialog;
import org.duizhao.annotations.ui.internal.shared.ShareJob;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Project &gt; Share… and Open Shared Project… against a real PostgreSQL server: the dialogs filled and
 * confirmed as a researcher would, the jobs run, the project then on the server and the working copy
 * open in the explorer; the passwords only in secure storage, never in a file of either folder.
 */
class SharedDialogsWorkbenchTest extends SharedServerTest {

	private Project copy;

	@AfterEach
	void closeCopy() throws Exception {
		if (copy != null) {
			CorpusUiPlugin.getDefault().projects().close(copy);
		}
	}

	@Test
	void shareThenOpenAsACoderKeepsPasswordsOutOfEveryProjectFile() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject local = AnnotatedProject.create(temp);
		fixture.local = local;
		Code code = local.store().createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		local.store().addAnnotation(local.passage("产业扶贫", List.of(code.id()), "wangfang")); //$NON-NLS-1$ //$NON-NLS-2$
		ServerAddress owner = fixture.newDatabase(PostgresServer.SUPERUSER);
		fixture.owner = owner;

		ShareDialog share = Workbench.sync(() -> {
			ShareDialog d = new ShareDialog(AnnotatedProject.page().getWorkbenchWindow().getShell(), local.project.name());
			d.setBlockOnOpen(false);
			d.open();
			d.fill(owner.url(), owner.user(), server.password());
			SharedFixture.press(d.getShell(), Messages.Share_button);
			return d;
		});
		assertThat(share.getReturnCode()).isEqualTo(Window.OK);
		ShareJob job = ShareJob.start(local.project, share.address(), share.password());
		job.join(120_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		assertThat(job.result().annotations()).isEqualTo(1);

		assertThat(AnnotationStores.server(local.project.folder())).contains(owner);
		assertThat(local.store()).isInstanceOf(OutboxStore.class);
		assertThat(local.store().annotations(AnnotationQuery.all())).hasSize(1);
		assertThat(SharedFixture.waitForState(local.project.folder(), s -> s.online()).role()).isEqualTo(ProjectRole.OWNER);
		assertThat(Coder.name(local.project.folder())).isEqualTo(PostgresServer.SUPERUSER);
		String coderPassword = "li-ming-secret-7391"; //$NON-NLS-1$
		try (PostgresAnnotationStore admin = PostgresAnnotationStore.open(owner, server.password())) {
			admin.addMember("liming", ProjectRole.CODER, coderPassword); //$NON-NLS-1$
		}

		Path workingCopy = temp.resolve("copy"); //$NON-NLS-1$
		OpenSharedDialog open = Workbench.sync(() -> {
			OpenSharedDialog d = new OpenSharedDialog(AnnotatedProject.page().getWorkbenchWindow().getShell());
			d.setBlockOnOpen(false);
			d.open();
			d.fill(owner.url(), "liming", coderPassword, workingCopy); //$NON-NLS-1$
			SharedFixture.press(d.getShell(), Messages.Open_button);
			return d;
		});
		assertThat(open.getReturnCode()).isEqualTo(Window.OK);
		OpenSharedJob opening = OpenSharedJob.start(open.address(), open.password(), open.workingCopy());
		opening.join(120_000, null);
		assertThat(opening.getResult().isOK()).as(opening.getResult().toString()).isTrue();
		copy = opening.project();
		assertThat(opening.fetched()).isPositive();
		assertThat(CorpusUiPlugin.getDefault().projects().all()).contains(copy);
		assertThat(copy.documents()).hasSize(1);
		assertThat(SharedFixture.waitForState(copy.folder(), s -> s.online()).role()).isEqualTo(ProjectRole.CODER);
		assertThat(AnnotationsUiPlugin.getDefault().stores().store(copy.folder()).annotations(AnnotationQuery.all()))
				.hasSize(1);

		assertThat(fixture.vault.lookup(owner)).contains(server.password());
		assertThat(fixture.vault.lookup(open.address())).contains(coderPassword);
		assertThat(Files.isRegularFile(fixture.vault.file())).isTrue();
		SharedFixture.assertNoSecretIn(local.project.folder(), server.password(), coderPassword);
		SharedFixture.assertNoSecretIn(workingCopy, server.password(), coderPassword);
		SharedFixture.assertNoSecretIn(fixture.vault.file().getParent(), server.password(), coderPassword);
	}

	@Test
	void theShareDialogRefusesAnIncompleteOrMalformedAddress() throws Exception {
		fixture = new SharedFixture(server, temp);
		String[] problems = Workbench.sync(() -> {
			ShareDialog d = new ShareDialog(AnnotatedProject.page().getWorkbenchWindow().getShell(), "p"); //$NON-NLS-1$
			d.setBlockOnOpen(false);
			d.open();
			String empty = d.getMessage();
			d.fill("http://example.org/x", "wangfang", "pw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String bad = d.getMessage();
			d.close();
			return new String[] { empty, bad };
		});
		assertThat(problems[0]).isEqualTo(Messages.Server_incomplete);
		assertThat(problems[1]).contains("http://example.org/x"); //$NON-NLS-1$
	}
}
