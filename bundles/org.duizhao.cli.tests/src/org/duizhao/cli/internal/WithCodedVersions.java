package org.duizhao.cli.internal;

import static org.duizhao.cli.internal.CliHarness.runOk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose every test gets a fresh project, imported and coded through the CLI, holding
 * three versions of one short text (written for these tests): v2 changes a word of v1 and adds a
 * line with markup, v3 is v1's first line. 东西部协作 in v1 (code points 6..11) is coded 协作 by
 * both coders 甲 (with a hostile memo) and 乙; 人才联育 (24..28) is coded 人才 by 甲 only.
 */
abstract class WithCodedVersions {

	static final String V1 = "第一条 加强东西部协作，推进产业合作。\n第二条 人才联育是重点工作。\n"; //$NON-NLS-1$
	static final String V2 = "第一条 加强东西部协作，深化产业合作。\n第二条 人才联育是重点工作。\n第三条 <script>新增</script>。\n"; //$NON-NLS-1$
	static final String V3 = "第一条 加强东西部协作，推进产业合作。\n"; //$NON-NLS-1$

	@TempDir
	Path dir;
	String project;

	@BeforeEach
	void importAndCode() throws IOException {
		Path in = dir.resolve("in"); //$NON-NLS-1$
		Files.createDirectories(in);
		Files.writeString(in.resolve("v1.txt"), V1, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(in.resolve("v2.txt"), V2, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(in.resolve("v3.txt"), V3, StandardCharsets.UTF_8); //$NON-NLS-1$
		project = dir.resolve("p").toString(); //$NON-NLS-1$
		runOk("import", in.resolve("v1.txt").toString(), in.resolve("v2.txt").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				in.resolve("v3.txt").toString(), "--project", project); //$NON-NLS-1$ //$NON-NLS-2$
		runOk("annotate", "v1.txt", "6", "11", "--project", project, "--code", "协作", "--coder", "甲", "--memo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
				"<img src=x onerror=alert(1)>"); //$NON-NLS-1$
		runOk("annotate", "v1.txt", "6", "11", "--project", project, "--code", "协作", "--coder", "乙"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		runOk("annotate", "v1.txt", "24", "28", "--project", project, "--code", "人才", "--coder", "甲"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	}
}
