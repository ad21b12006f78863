package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code duizhao reuse --containment}: a short notice that copies two paragraphs of a long decision
 * resembles it too little to be found by resemblance alone ({@code --containment off}); by default
 * it is found, with its containment in JSON and CSV.
 */
class ReuseContainmentCommandTest {

	@TempDir
	Path dir;

	private Path project;

	@BeforeEach
	void setUp() throws IOException {
		Random random = new Random(2024);
		List<String> decision = new ArrayList<>();
		for (int p = 0; p < 20; p++) {
			decision.add(paragraph(random, 150));
		}
		Path in = Files.createDirectories(dir.resolve("in")); //$NON-NLS-1$
		Files.writeString(in.resolve("decision.txt"), String.join("\n", decision) + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String notice = paragraph(random, 60) + "\n" + decision.get(8) + "\n" + decision.get(9) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ paragraph(random, 80) + "\n"; //$NON-NLS-1$
		Files.writeString(in.resolve("notice.txt"), notice, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(in.resolve("other.txt"), paragraph(random, 400) + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		project = dir.resolve("p"); //$NON-NLS-1$
		CliHarness imported = CliHarness.run("import", in.toString(), "--project", project.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(imported.code()).as(imported.err()).isZero();
	}

	/** Random Han characters, a comma every 20: unrelated paragraphs share no passage. */
	private static String paragraph(Random random, int length) {
		StringBuilder sb = new StringBuilder();
		for (int i = 1; i <= length; i++) {
			sb.append((char) (0x4E00 + random.nextInt(3000))).append(i % 20 == 0 ? "，" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return sb.append('。').toString();
	}

	@Test
	void byDefaultTheNoticeIsFoundWithItsContainment() {
		CliHarness h = CliHarness.run("reuse", "--project", project.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(root.get("containment").getAsDouble()).isEqualTo(0.3); //$NON-NLS-1$
		JsonArray pairs = root.getAsJsonArray("pairs"); //$NON-NLS-1$
		assertThat(pairs).hasSize(1);
		JsonObject pair = pairs.get(0).getAsJsonObject();
		assertThat(pair.toString()).contains("decision.txt", "notice.txt").doesNotContain("other.txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(pair.get("resemblance").getAsDouble()).isLessThan(0.3); //$NON-NLS-1$
		assertThat(pair.get("coverage").getAsDouble()).isGreaterThan(0.6); //$NON-NLS-1$
		assertThat(pair.get("estimated_containment").getAsDouble()).isGreaterThanOrEqualTo(0.3); //$NON-NLS-1$
		assertThat(pair.getAsJsonArray("passages")).isNotEmpty(); //$NON-NLS-1$
	}

	@Test
	void offFindsByResemblanceAlone() {
		for (String off : new String[] { "off", "0" }) { //$NON-NLS-1$ //$NON-NLS-2$
			CliHarness h = CliHarness.run("reuse", "--project", project.toString(), "--containment", off); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThat(h.code()).as(h.err()).isZero();
			JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
			assertThat(root.get("containment").getAsDouble()).isZero(); //$NON-NLS-1$
			assertThat(root.getAsJsonArray("pairs")).as(off).isEmpty(); //$NON-NLS-1$
		}
	}

	@Test
	void csvAddsTheEstimatedContainmentLast() {
		CliHarness h = CliHarness.run("reuse", "--project", project.toString(), "--containment", "0.5", "--format", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(h.code()).as(h.err()).isZero();
		List<String> lines = h.out().lines().toList();
		assertThat(lines.get(0)).endsWith(",resemblance,shared,coverage,passages,estimated_containment"); //$NON-NLS-1$
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("decision.txt", "notice.txt"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aBadContainmentIsAUsageError() {
		String p = project.toString();
		for (String bad : new String[] { "1.5", "2", "some" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			CliHarness h = CliHarness.run("reuse", "--project", p, "--containment", bad); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThat(h.code()).as(bad).isEqualTo(2);
			assertThat(h.err()).contains("--containment", bad); //$NON-NLS-1$
		}
	}
}
