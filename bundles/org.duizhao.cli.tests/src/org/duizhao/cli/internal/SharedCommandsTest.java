package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.duizhao.corpus.core.Project;
import org.duizhao.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** share, members, open-shared and sync against a real server; passwords come from ~/.pgpass only. */
class SharedCommandsTest extends ServerHomeTest {

	@Test
	void shareAddAMemberOpenAWorkingCopyAndSync() throws Exception {
		Path local = temp.resolve("local"); //$NON-NLS-1$
		Project.create(local, "扶贫政策"); //$NON-NLS-1$
		String url = server.url("policy"); //$NON-NLS-1$
		CliHarness share = CliHarness.run("share", "--project", local.toString(), "--url", url, "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				PostgresServer.SUPERUSER);
		assertThat(share.code()).as(share.err()).isZero();

		CliHarness add = CliHarness.run("members", "--project", local.toString(), "add", "anna", "--role", "coder"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(add.code()).as(add.err()).isZero();
		Matcher m = Pattern.compile("anna\\D*([0-9a-f]{24})").matcher(add.out()); //$NON-NLS-1$
		assertThat(m.find()).as(add.out()).isTrue();
		String annasPassword = m.group(1);
		pgpass("*:*:policy:anna:" + annasPassword + "\n"); //$NON-NLS-1$ //$NON-NLS-2$

		CliHarness list = CliHarness.run("members", "--project", local.toString(), "list"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(list.out()).contains("anna\tcoder", PostgresServer.SUPERUSER + "\towner"); //$NON-NLS-1$ //$NON-NLS-2$

		Path copy = temp.resolve("copy"); //$NON-NLS-1$
		CliHarness open = CliHarness.run("open-shared", "--url", url, "--user", "anna", "--project", copy.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertThat(open.code()).as(open.err()).isZero();
		assertThat(Project.open(copy).name()).isEqualTo("扶贫政策"); //$NON-NLS-1$

		CliHarness sync = CliHarness.run("sync", "--project", copy.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(sync.code()).as(sync.err()).isZero();
		assertThat(sync.out()).containsPattern("\\b0\\b.*\\b0\\b.*\\b0\\b"); //$NON-NLS-1$

		CliHarness refused = CliHarness.run("members", "--project", copy.toString(), "add", "eve", "--role", "owner"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(refused.code()).as("a coder cannot add members").isNotZero();

		for (Path folder : new Path[] { local, copy }) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path f : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(f)) {
						String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
						assertThat(text).as(f.toString()).doesNotContain(server.password()).doesNotContain(annasPassword);
					}
				}
			}
		}
	}
}
