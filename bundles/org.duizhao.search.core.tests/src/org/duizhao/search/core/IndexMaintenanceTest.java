package org.duizhao.search.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the project: imports, new versions, deletions, damage, another program. */
class IndexMaintenanceTest {

	/** A project of one document. */
	private static final Map<String, String> ONE = Map.of("a.txt", "标题一\n坚持精准扶贫方略。\n");

	@TempDir
	Path dir;

	@Test
	void firstSearchBuildsTheIndexInsideTheProject() throws IOException {
		Project p = Corpus.of(dir, ONE);
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(index.isCurrent()).isFalse();
			UpdateReport r = index.update(null);
			assertThat(r.rebuilt()).isTrue();
			assertThat(r.indexed()).isEqualTo(1);
			assertThat(Files.isDirectory(p.folder().resolve(".duizhao/index"))).isTrue();
			assertThat(index.isCurrent()).isTrue();
			assertThat(index.update(null).changed()).isFalse();
		}
	}

	@Test
	void importAndNewVersionUpdateTheIndex() throws IOException {
		Project p = Corpus.of(dir, ONE);
		List<Set<String>> heard = new ArrayList<>();
		p.addListener((project, ids) -> heard.add(ids));
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(total(index, "乡村振兴")).isZero();
			Document b = Corpus.add(p, dir, Map.of("b.txt", "标题二\n全面推进乡村振兴。\n")).get("b.txt");
			assertThat(heard).containsExactly(Set.of(b.id()));
			assertThat(index.isCurrent()).isFalse();
			assertThat(total(index, "乡村振兴")).isEqualTo(1);

			Path revised = Files.writeString(dir.resolve("b-revised.txt"), "标题二\n巩固拓展脱贫攻坚成果。\n",
					StandardCharsets.UTF_8);
			p.addVersion(b.id(), revised);
			assertThat(heard).hasSize(2);
			UpdateReport r = index.update(null);
			assertThat(r.rebuilt()).isFalse();
			assertThat(r.indexed()).isEqualTo(1);
			assertThat(total(index, "乡村振兴")).isZero();
			SearchHit hit = index.search(SearchQuery.of("脱贫攻坚"), 10, 5, null).hits().get(0);
			assertThat(hit.version()).isEqualTo(2);
			assertThat(hit.match()).isEqualTo("脱贫攻坚");
		}
	}

	@Test
	void deletedDocumentsLeaveTheIndex() throws IOException {
		Project p = Corpus.of(dir, Map.of("a.txt", "标题一\n坚持精准扶贫方略。\n", "b.txt", "标题二\n坚持精准扶贫。\n"));
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(total(index, "精准扶贫")).isEqualTo(2);
			p.deleteDocuments(List.of(Corpus.named(p, "a.txt").id()));
			assertThat(index.update(null).removed()).isEqualTo(1);
			assertThat(total(index, "精准扶贫")).isEqualTo(1);
		}
	}

	@Test
	void aDamagedIndexIsRebuiltQuietly() throws IOException {
		Project p = Corpus.of(dir, ONE);
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(total(index, "精准扶贫")).isEqualTo(1);
		}
		Path folder = SearchIndex.folder(p);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.toList()) {
				Files.write(f, "not an index".getBytes(StandardCharsets.US_ASCII));
			}
		}
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(total(index, "精准扶贫")).isEqualTo(1);
		}
	}

	@Test
	void aMissingIndexIsRebuilt() throws IOException {
		Project p = Corpus.of(dir, ONE);
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(total(index, "精准扶贫")).isEqualTo(1);
			index.close();
			deleteTree(SearchIndex.folder(p));
			assertThat(index.update(null).rebuilt()).isTrue();
			assertThat(total(index, "精准扶贫")).isEqualTo(1);
		}
	}

	@Test
	void anotherProgramsImportIsFoundByTheNextUpdate() throws IOException {
		Project p = Corpus.of(dir, ONE);
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(total(index, "乡村振兴")).isZero();
			Project other = Project.open(p.folder()); // a second program on the same folder
			Corpus.add(other, dir, Map.of("b.txt", "标题二\n全面推进乡村振兴。\n"));
			assertThat(index.update(null).indexed()).isEqualTo(1); // update() re-reads the project first
			assertThat(total(index, "乡村振兴")).isEqualTo(1);
		}
	}

	@Test
	void editingTheLookalikeTableRebuildsTheIndex() throws IOException {
		Project p = Corpus.of(dir, Map.of("a.txt", "标题一\n还在交鋶路上。\n"));
		try (SearchIndex index = SearchIndex.of(p)) {
			assertThat(index.update(null).rebuilt()).isTrue();
			assertThat(index.update(null).changed()).isFalse();
			p.normalization().saveLookalikes("# ours\n鋶=流\n");
			assertThat(index.update(null).rebuilt()).isTrue();
			assertThat(index.search(SearchQuery.of("交流路上"), 5, 5, null).hits()).extracting(SearchHit::match)
					.containsExactly("交鋶路上");
		}
	}

	private static int total(SearchIndex index, String q) throws IOException {
		return index.search(SearchQuery.of(q), 100, 10, null).total();
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
	}
}
