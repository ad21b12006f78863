package org.duizhao.text.core.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {

	@Test
	void simplified() {
		assertThat(ScriptDetector.detect("这项工作由县级人民政府统一组织实施，资金专款专用。")).isEqualTo(Script.SIMPLIFIED);
	}

	@Test
	void traditional() {
		assertThat(ScriptDetector.detect("這項工作由縣級人民政府統一組織實施，資金專款專用。")).isEqualTo(Script.TRADITIONAL);
	}

	@Test
	void aStrayCharacterDoesNotMakeAMix() {
		assertThat(ScriptDetector.detect("这项工作由县级人民政府统一组织实施，资金專款专用，严禁挪用。")).isEqualTo(Script.SIMPLIFIED);
	}

	@Test
	void substantialMixture() {
		String text = "这项工作由县级人民政府统一组织实施。這項工作由縣級人民政府統一組織實施。";
		ScriptProfile p = ScriptDetector.profile(text);
		assertThat(p.script()).isEqualTo(Script.MIXED);
		assertThat(p.simplifiedOnly()).isGreaterThanOrEqualTo(5);
		assertThat(p.traditionalOnly()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void noHan() {
		assertThat(ScriptDetector.detect("Policy text 2020, 第 (only punctuation) ")).isNotEqualTo(Script.NONE);
		assertThat(ScriptDetector.detect("Policy text 2020.")).isEqualTo(Script.NONE);
		assertThat(ScriptDetector.detect("")).isEqualTo(Script.NONE);
	}

	@Test
	void sharedCharactersOnlyAreUndetermined() {
		assertThat(ScriptDetector.detect("人民政府")).isEqualTo(Script.UNDETERMINED);
	}

	@Test
	void supplementaryHanCounts() {
		ScriptProfile p = ScriptDetector.profile("𠮷");
		assertThat(p.han()).isEqualTo(1);
		assertThat(p.script()).isEqualTo(Script.UNDETERMINED);
	}
}
