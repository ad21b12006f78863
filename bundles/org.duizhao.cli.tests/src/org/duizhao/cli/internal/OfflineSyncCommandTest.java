package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Project;
import org.duizhao.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** {@code sync} pushes what a shared project's outbox collected while the server was stopped. */
class OfflineSyncCommandTest extends ServerHomeTest {

	private static final String TEXT = "各地要落实扶贫政策，推进产业发展。"; //$NON-NLS-1$

	@Test
	void syncPushesTheOfflineEditsAndCountsTheConflict() throws Exception {
		Path local = temp.resolve("local"); //$NON-NLS-1$
		Project.create(local, "扶贫政策"); //$NON-NLS-1$
		CliHarness share = CliHarness.run("share", "--project", local.toString(), "--url", server.url("policy"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--user", PostgresServer.SUPERUSER); //$NON-NLS-1$
		assertThat(share.code()).as(share.err()).isZero();
		Annotation shared;
		Code code;
		try (AnnotationStore store = AnnotationStores.open(local)) {
			code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			shared = store.addAnnotation(passage(0, code));
		}
		server.stop();
		try (AnnotationStore offline = AnnotationStores.open(local)) {
			offline.addAnnotation(passage(1, code));
			offline.addAnnotation(passage(2, code));
			offline.updateAnnotation(shared.withMemo("离线")); //$NON-NLS-1$
		}
		server.restart();
		CliHarness sync = CliHarness.run("sync", "--project", local.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(sync.code()).as(sync.err()).isZero();
		assertThat(sync.out()).as("pushed 3, conflicts 0").containsPattern("^\\D*3\\D+0\\D"); //$NON-NLS-1$
		try (AnnotationStore store = AnnotationStores.open(local)) {
			List<Annotation> all = store.annotations(AnnotationQuery.all());
			assertThat(all).hasSize(3).extracting(Annotation::memo).contains("离线"); //$NON-NLS-1$
		}
	}

	private static NewAnnotation passage(int i, Code code) {
		return new NewAnnotation("d" + i, 1, i, i + 2, TextQuote.of(TEXT, i, i + 2), List.of(code.id()), null, "王芳"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
