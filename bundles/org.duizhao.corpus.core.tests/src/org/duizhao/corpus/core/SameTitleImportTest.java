package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 §6: an import never leaves two documents with one title without saying so. */
class SameTitleImportTest {

	@TempDir
	Path tmp;

	@Test
	void documentsSharingATitleAreReported() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		Files.writeString(input.resolve("a.txt"), "关于做好防汛工作的通知\n甲县各乡镇：要做好准备。\n", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("b.txt"), "关于做好防汛工作的通知\n乙县各乡镇：要提前部署。\n", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("c.txt"), "关于开展植树活动的通知\n各单位要积极参加。\n", StandardCharsets.UTF_8);
		Project project = Project.create(tmp.resolve("project"), "p");
		ImportReport first = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null);
		assertThat(first.imported()).hasSize(3);
		assertThat(first.sameTitles()).singleElement().satisfies(s -> {
			assertThat(s.document().current().sourceName()).isEqualTo("b.txt");
			assertThat(s.other().current().sourceName()).isEqualTo("a.txt");
		});
		Path more = Files.createDirectories(tmp.resolve("more"));
		Files.writeString(more.resolve("d.txt"), "关于开展植树活动的通知\n另一份。\n", StandardCharsets.UTF_8);
		ImportReport second = new Importer(project, ImportOptions.defaults()).importFiles(List.of(more), null);
		assertThat(second.sameTitles()).singleElement()
				.satisfies(s -> assertThat(s.other().current().sourceName()).isEqualTo("c.txt"));
	}
}
