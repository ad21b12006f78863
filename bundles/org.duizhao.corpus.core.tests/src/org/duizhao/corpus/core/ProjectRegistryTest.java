package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRegistryTest {

	@TempDir
	Path tmp;

	@Test
	void remembersMostRecentFirstAndForgets() throws Exception {
		Path file = tmp.resolve("config/recent.json");
		Project a = Project.create(tmp.resolve("a"), "甲");
		Project b = Project.create(tmp.resolve("b"), "乙");
		ProjectRegistry r = ProjectRegistry.load(file);
		r.remember(a);
		r.remember(b);
		r.remember(a);
		assertThat(ProjectRegistry.load(file).entries()).extracting(ProjectRegistry.Entry::name).containsExactly("甲", "乙");
		r.forget(b.folder());
		assertThat(ProjectRegistry.load(file).entries()).extracting(ProjectRegistry.Entry::folder)
				.containsExactly(a.folder());
	}

	@Test
	void corruptFileGivesEmptyList() throws Exception {
		Path file = tmp.resolve("recent.json");
		Files.writeString(file, "{not json");
		assertThat(ProjectRegistry.load(file).entries()).isEmpty();
	}
}
