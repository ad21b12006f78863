package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variant and look-alike folding, and the project's own table. */
class VariantFoldingTest {

	private static final EnumSet<NormalizeOption> VARIANTS = EnumSet.of(NormalizeOption.VARIANTS);

	@Test
	void addedRadicalLookalikesFoldInsideChineseText() {
		NormalizationResult result = Normalizer.standard().normalizeWithFolds("召開苐三次會議，嶊進工作", VARIANTS, null);
		assertThat(result.text().text()).isEqualTo("召開第三次會議，推進工作");
		assertThat(result.folds()).extracting(Fold::reason).containsOnly(FoldReason.LOOKALIKE);
		assertThat(result.folds().get(0).from()).isEqualTo("苐");
	}

	@Test
	void swappedComponentLookalikesFoldOnlyWhereTheyMakeAWord() {
		// 裗 shares its right part with 流 but its radical does not look like 氵
		assertThat(Normalizer.standard().normalize("加強交裗合作", VARIANTS).text()).isEqualTo("加強交流合作");
		assertThat(Normalizer.standard().normalize("裗了一次", VARIANTS).text()).isEqualTo("裗了一次");
	}

	@Test
	void lookalikesAloneOutsideChineseTextStay() {
		assertThat(Normalizer.standard().normalize("x苐y", VARIANTS).text()).isEqualTo("x苐y");
	}

	@Test
	void commonCharactersNeverFold() {
		String text = "地上不第作工推进河流呵哈";
		assertThat(Normalizer.standard().normalize(text, VARIANTS).text()).isEqualTo(text);
	}

	@Test
	void projectTableWinsAndIsReportedAsSuch(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("lookalikes.txt");
		Files.writeString(file, "# our corpus\n赱=走  # earth over a stroke\n\n鋶 = 流\n", StandardCharsets.UTF_8);
		LookalikeTable table = LookalikeTable.load(file);
		assertThat(table.entries()).hasSize(2);
		Normalizer normalizer = Normalizer.builder().lookalikes(table).build();
		NormalizationResult result = normalizer.normalizeWithFolds("還赱在交鋶路上", VARIANTS, null);
		assertThat(result.text().text()).isEqualTo("還走在交流路上");
		assertThat(result.folds()).extracting(Fold::reason).containsOnly(FoldReason.PROJECT_LOOKALIKE);
	}

	@Test
	void malformedTableLinesAreNamed() {
		assertThatThrownBy(() -> LookalikeTable.parse("苐=第\n苐第\n")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("2");
	}

	@Test
	void variantsThenScript() {
		NormalizedText view = Normalizer.standard().normalize("苐三屆",
				EnumSet.of(NormalizeOption.VARIANTS, NormalizeOption.SCRIPT));
		assertThat(view.text()).isEqualTo("第三届");
	}
}
