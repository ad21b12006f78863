package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.shared.MembersDialog;
import org.duizhao.annotations.ui.internal.shared.MembersHandler;
import org.duizhao.annotations.ui.internal.shared.OpenSharedJob;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.ProjectNode;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Project &gt; Members… on a real server: the owner adds a coder and changes their role, and the
 * server then holds both; for a viewer's working copy the command is disabled, the dialog's
 * controls are too, and the server itself refuses the change with its reason shown.
 */
class MembersWorkbenchTest extends SharedServerTest {

	private Project viewerCopy;
	private MembersDialog open;

	@AfterEach
	void closeDialogAndViewerCopy() throws Exception {
		if (open != null) {
			Workbench.run(() -> open.close());
		}
		if (viewerCopy != null) {
			CorpusUiPlugin.getDefault().projects().close(viewerCopy);
		}
	}

	@Test
	void theOwnerAddsACoderAndChangesTheirRole() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		open = Workbench.sync(() -> {
			MembersDialog d = new MembersDialog(AnnotatedProject.page().getWorkbenchWindow().getShell(), shared.project);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
		Workbench.waitUntil(() -> open.isIdle() && !open.members().isEmpty(), 30);
		assertThat(open.members()).containsExactly(new Member(PostgresServer.SUPERUSER, ProjectRole.OWNER));
		assertThat(Workbench.sync(open::canEdit)).isTrue();

		Workbench.sync(() -> open.addMember("liming", ProjectRole.CODER, "li-ming-pw")).join(); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.waitUntil(() -> open.isIdle() && open.members().contains(new Member("liming", ProjectRole.CODER)), 30); //$NON-NLS-1$
		Workbench.sync(() -> open.changeRole("liming", ProjectRole.VIEWER)).join(); //$NON-NLS-1$
		Workbench.waitUntil(() -> open.isIdle() && open.members().contains(new Member("liming", ProjectRole.VIEWER)), 30); //$NON-NLS-1$
		assertThat(Workbench.sync(open::error)).isNull();

		try (PostgresAnnotationStore admin = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			assertThat(admin.members()).contains(new Member("liming", ProjectRole.VIEWER)); //$NON-NLS-1$
		}
		try (PostgresAnnotationStore liming = fixture.client("liming", "li-ming-pw")) { //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(liming.members()).hasSize(2);
		}
	}

	@Test
	void membersIsDisabledForAViewerAndTheServerRefusesTheirChange() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		try (PostgresAnnotationStore admin = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			admin.addMember("zhaolei", ProjectRole.VIEWER, "zhao-lei-pw"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		OpenSharedJob job = OpenSharedJob.start(new ServerAddress(fixture.owner.host(), fixture.owner.port(), fixture.owner.database(), "zhaolei"), "zhao-lei-pw", temp.resolve("viewer")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		job.join(120_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		viewerCopy = job.project();
		SharedFixture.waitForState(viewerCopy.folder(), s -> s.online() && s.role() == ProjectRole.VIEWER);

		assertThat(MembersHandler.canManage(viewerCopy)).isFalse();
		assertThat(MembersHandler.canManage(shared.project)).isTrue();
		assertThat(enabledFor(viewerCopy)).isFalse();
		assertThat(enabledFor(shared.project)).isTrue();

		open = Workbench.sync(() -> {
			MembersDialog d = new MembersDialog(AnnotatedProject.page().getWorkbenchWindow().getShell(), viewerCopy);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
		Workbench.waitUntil(() -> open.isIdle() && open.members().size() == 2, 30);
		assertThat(Workbench.sync(open::canEdit)).isFalse();
		// the UI would not offer it; the server refuses it anyway, and says why
		Workbench.sync(() -> open.addMember("intruder", ProjectRole.OWNER, "x")).join(); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.waitUntil(() -> open.isIdle() && open.error() != null, 30);
		assertThat(Workbench.sync(open::error)).startsWith(org.eclipse.osgi.util.NLS
				.bind(org.duizhao.annotations.ui.internal.shared.Messages.Members_refused, "").strip()); //$NON-NLS-1$
		try (PostgresAnnotationStore admin = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			assertThat(admin.members()).extracting(Member::login).doesNotContain("intruder"); //$NON-NLS-1$
		}
	}

	private static boolean enabledFor(Project project) throws Exception {
		return Workbench.sync(() -> {
			MembersHandler handler = new MembersHandler();
			EvaluationContext context = new EvaluationContext(null, new Object());
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(new ProjectNode(project)));
			handler.setEnabled(context);
			boolean enabled = handler.isEnabled();
			handler.dispose();
			return enabled;
		});
	}
}
