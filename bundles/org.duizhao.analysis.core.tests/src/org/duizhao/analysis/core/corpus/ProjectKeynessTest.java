package org.duizhao.analysis.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.duizhao.analysis.core.Keyness;
import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.format.KeynessCsv;
import org.duizhao.analysis.core.format.KeynessJson;
import org.duizhao.testing.TestData;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Keyness of a document, a region, a year or a selection against the rest of a project, on made-up
 * texts whose over-represented words are known: the coast writes of 海洋 and 渔业, the steppe of 草原
 * and 牧业, and both of 发展.
 */
class ProjectKeynessTest {

	private static final String COAST = "发展海洋经济，保护海洋生态，扶持渔业。海洋渔业要发展。\n"; //$NON-NLS-1$
	private static final String STEPPE = "发展草原牧业，保护草原生态。草原牧业要发展，牧民增收。\n"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private final ProjectKeyness keyness = new ProjectKeyness(Normalizer.standard(), SharedFormulas.DEFAULT_IGNORE);

	private static List<PhraseDiffusion.Source> sources() {
		List<PhraseDiffusion.Source> out = new ArrayList<>();
		out.add(source("c1", "2019-01-01", "福建省", COAST)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.add(source("c2", "2020-03", "福建省", COAST.repeat(2))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.add(source("s1", "2019", "内蒙古自治区", STEPPE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.add(source("s2", "2020-06-01", "内蒙古自治区", STEPPE.repeat(2))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.add(source("x", null, null, "發展海洋經濟。\n")); // traditional: folded to 海洋 //$NON-NLS-1$ //$NON-NLS-2$
		return out;
	}

	private static PhraseDiffusion.Source source(String id, String date, String region, String text) {
		return new PhraseDiffusion.Source(new CorpusDocument(id, id, date, region, null), text);
	}

	private static List<String> words(KeynessReport r) {
		return r.keywords().stream().map(Keyword::word).toList();
	}

	@Test
	void regionAgainstTheRestListsItsOwnWordsOnly() {
		KeynessReport r = keyness.find(sources(), KeynessTarget.region("福建省"), //$NON-NLS-1$
				new ProjectKeyness.Options(2, Keyness.P05, 0), null);
		assertThat(words(r).subList(0, 2)).containsExactlyInAnyOrder("海洋", "渔业"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(words(r)).doesNotContain("草原", "牧业", "发展", "生态"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(r.targetDocuments()).extracting(CorpusDocument::id).containsExactly("c1", "c2"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(r.restDocuments()).isEqualTo(3);
		Keyword sea = r.keywords().stream().filter(k -> k.word().equals("海洋")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertThat(sea.countA()).isEqualTo(9);
		assertThat(sea.countB()).isEqualTo(1); // the traditional 海洋 of "x"
		assertThat(sea.perMillionA()).isEqualTo(sea.countA() * 1e6 / r.targetWords());
		assertThat(sea.g2()).isEqualTo(Keyness.g2(9, r.targetWords(), 1, r.restWords()));
		assertThat(r.keywords()).isSortedAccordingTo((a, b) -> Double.compare(b.g2(), a.g2()));
	}

	@Test
	void yearAndSelectionAndMissingMetadataChooseTheirDocuments() {
		KeynessReport y = keyness.find(sources(), KeynessTarget.year("2020"), ProjectKeyness.Options.defaults(), null); //$NON-NLS-1$
		assertThat(y.targetDocuments()).extracting(CorpusDocument::id).containsExactly("c2", "s2"); //$NON-NLS-1$ //$NON-NLS-2$
		KeynessReport one = keyness.find(sources(), KeynessTarget.documents(Set.of("s1")), //$NON-NLS-1$
				new ProjectKeyness.Options(1, 0, 0), null);
		assertThat(words(one)).contains("草原", "牧业").doesNotContain("海洋"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		KeynessReport unknown = keyness.find(sources(), KeynessTarget.region(CorpusDocument.UNKNOWN),
				new ProjectKeyness.Options(1, 0, 0), null);
		assertThat(unknown.targetDocuments()).extracting(CorpusDocument::id).containsExactly("x"); //$NON-NLS-1$
	}

	@Test
	void minimumCountAndLimitTrimTheList() {
		KeynessReport all = keyness.find(sources(), KeynessTarget.region("福建省"), new ProjectKeyness.Options(1, 0, 0), null); //$NON-NLS-1$
		KeynessReport few = keyness.find(sources(), KeynessTarget.region("福建省"), new ProjectKeyness.Options(4, 0, 0), null); //$NON-NLS-1$
		KeynessReport top = keyness.find(sources(), KeynessTarget.region("福建省"), new ProjectKeyness.Options(1, 0, 2), null); //$NON-NLS-1$
		assertThat(few.keywords()).allMatch(k -> k.countA() >= 4).hasSizeLessThan(all.keywords().size());
		assertThat(top.keywords()).containsExactlyElementsOf(all.keywords().subList(0, 2));
	}

	@Test
	void anEmptyTargetIsRefusedAndCancelStops() {
		assertThatThrownBy(() -> keyness.find(sources(), KeynessTarget.region("西藏自治区"), //$NON-NLS-1$
				ProjectKeyness.Options.defaults(), null)).isInstanceOf(IllegalArgumentException.class);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThatThrownBy(() -> keyness.find(sources(), KeynessTarget.region("福建省"), //$NON-NLS-1$
				ProjectKeyness.Options.defaults(), cancelled)).isInstanceOf(OperationCanceledException.class);
	}

	@Test
	void readsARealProjectAndWritesCsvAndJson() throws Exception {
		SmallProject fixture = SmallProject.create(dir);
		KeynessReport r = keyness.find(fixture.project, KeynessTarget.region("贵州省"), new ProjectKeyness.Options(1, 0, 0), //$NON-NLS-1$
				null);
		assertThat(words(r)).contains("产业", "乡村").doesNotContain("两"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		StringWriter csv = new StringWriter();
		KeynessCsv.write(r.keywords(), csv);
		assertThat(csv.toString()).startsWith("\uFEFFword,count_target,count_rest,per_million_target,per_million_rest,g2\r\n") //$NON-NLS-1$
				.contains("\r\n产业,1,0,"); //$NON-NLS-1$
		StringWriter json = new StringWriter();
		KeynessJson.write(r, json);
		JsonObject o = JsonParser.parseString(json.toString()).getAsJsonObject();
		assertThat(o.getAsJsonObject("target").get("kind").getAsString()).isEqualTo("region"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(o.get("restDocuments").getAsInt()).isEqualTo(5); //$NON-NLS-1$
		assertThat(o.getAsJsonArray("words").size()).isEqualTo(r.keywords().size()); //$NON-NLS-1$
	}

	@Test
	void eachSeedAgainstTheOthersHasItsOwnVocabulary() throws Exception {
		List<PhraseDiffusion.Source> seeds = new ArrayList<>();
		for (Path p : TestData.seeds()) {
			String id = p.getFileName().toString();
			seeds.add(new PhraseDiffusion.Source(new CorpusDocument(id, id, null, null, null), Files.readString(p)));
		}
		for (PhraseDiffusion.Source s : seeds) {
			KeynessReport r = keyness.find(seeds, KeynessTarget.documents(Set.of(s.document().id())),
					ProjectKeyness.Options.defaults(), null);
			assertThat(r.keywords()).as(s.document().id()).isNotEmpty()
					.allMatch(k -> k.countA() >= 3 && k.g2() >= Keyness.P05
							&& k.countA() * (double) r.restWords() > k.countB() * (double) r.targetWords());
		}
	}
}
