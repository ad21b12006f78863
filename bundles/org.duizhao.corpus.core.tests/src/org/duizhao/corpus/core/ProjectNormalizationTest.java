package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;

import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectNormalizationTest {

	@TempDir
	Path temp;

	@Test
	void aNewProjectHasEditableTablesAndEditsTakeEffect() throws Exception {
		Project project = Project.create(temp.resolve("p"), "p"); //$NON-NLS-1$ //$NON-NLS-2$
		ProjectNormalization tables = new ProjectNormalization(project);
		assertThat(tables.boilerplateFile()).content().contains("icp"); //$NON-NLS-1$
		assertThat(tables.lookalikesFile()).content().startsWith("#"); //$NON-NLS-1$

		Normalizer before = tables.normalizer(ScriptTarget.SIMPLIFIED);
		// 卄 (a form of 廿) is in no built-in table
		assertThat(before.normalize("卄年", Set.of(NormalizeOption.VARIANTS)).text()).isEqualTo("卄年"); //$NON-NLS-1$ //$NON-NLS-2$

		Files.writeString(tables.lookalikesFile(), "卄=廿\n", java.nio.charset.StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.setLastModifiedTime(tables.lookalikesFile(), FileTime.from(Instant.now().plusSeconds(5)));
		Normalizer after = tables.normalizer(ScriptTarget.SIMPLIFIED);
		assertThat(after).isNotSameAs(before);
		assertThat(after.normalize("卄年", Set.of(NormalizeOption.VARIANTS)).text()).isEqualTo("廿年"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(tables.normalizer(ScriptTarget.SIMPLIFIED)).isSameAs(after);
	}

	@Test
	void aMalformedTableIsReportedWithItsLine() throws Exception {
		Project project = Project.create(temp.resolve("q"), "q"); //$NON-NLS-1$ //$NON-NLS-2$
		ProjectNormalization tables = new ProjectNormalization(project);
		Files.writeString(tables.lookalikesFile(), "# ok\nno equals sign here\n"); //$NON-NLS-1$
		assertThatThrownBy(() -> tables.normalizer(ScriptTarget.SIMPLIFIED))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2"); //$NON-NLS-1$
	}

	@Test
	void savingAMalformedTableWritesNothing() throws Exception {
		Project project = Project.create(temp.resolve("r"), "r"); //$NON-NLS-1$ //$NON-NLS-2$
		ProjectNormalization tables = project.normalization();
		String before = Files.readString(tables.lookalikesFile());
		assertThatThrownBy(() -> tables.saveLookalikes("苐=第\nbroken line\n")) //$NON-NLS-1$
				.isInstanceOf(IllegalArgumentException.class);
		assertThat(tables.lookalikesFile()).content().isEqualTo(before);
		assertThatThrownBy(() -> tables.saveBoilerplateRules("bad = [unclosed\n")) //$NON-NLS-1$
				.isInstanceOf(IllegalArgumentException.class);
		tables.saveLookalikes("苐=第\n"); //$NON-NLS-1$
		assertThat(tables.lookalikesFile()).content().isEqualTo("苐=第\n"); //$NON-NLS-1$
		assertThat(project.normalization()).isSameAs(tables);
	}
}
