package org.duizhao.text.core.decode;

import org.duizhao.testing.TestData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.text.core.script.Script;
import org.duizhao.text.core.script.ScriptDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the shared seed corpus from disk; skipped where it is absent. */
class SeedDecodingTest {

	@ParameterizedTest
	@CsvSource({ "000,SIMPLIFIED", "001,SIMPLIFIED", "002,SIMPLIFIED", "003,TRADITIONAL", "004,TRADITIONAL" })
	void seedsAreUtf8WithExpectedScript(String seed, Script script) throws IOException {
		byte[] bytes = Files.readAllBytes(TestData.seed(seed));
		DecodedText d = TextDecoder.decode(bytes);
		assertThat(d.charset()).isEqualTo("UTF-8");
		assertThat(d.confidence()).isGreaterThanOrEqualTo(90);
		assertThat(d.malformed()).isZero();
		assertThat(d.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
		assertThat(ScriptDetector.detect(d.text())).isEqualTo(script);
	}

	@Test
	void seedsReencodedToGb18030() throws IOException {
		for (Path p : TestData.seeds()) {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("GB18030")));
			assertThat(d.charset()).as(p.toString()).isEqualTo("GB18030");
			assertThat(d.text()).as(p.toString()).isEqualTo(text);
		}
	}

	@Test
	void traditionalSeedsReencodedToBig5() throws IOException {
		for (String seed : new String[] { "003", "004" }) {
			String text = representableIn(Files.readString(TestData.seed(seed), StandardCharsets.UTF_8), "Big5");
			DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("Big5")));
			assertThat(d.charset()).as(seed).startsWith("Big5");
			assertThat(d.text()).as(seed).isEqualTo(text);
			assertThat(d.confidence()).as(seed).isGreaterThanOrEqualTo(70);
		}
	}

	@Test
	void seedsReencodedToUtf16WithoutBom() throws IOException {
		for (Path p : TestData.seeds()) {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
			assertThat(d.charset()).as(p.toString()).isEqualTo("UTF-16LE");
			assertThat(d.text()).isEqualTo(text);
		}
	}

	/** Drops the characters Big5 cannot hold (pinyin tone marks, some symbols). */
	private static String representableIn(String text, String charset) {
		CharsetEncoder encoder = Charset.forName(charset).newEncoder();
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			String s = Character.toString(cp);
			if (encoder.canEncode(s)) {
				sb.append(s);
			}
		});
		return sb.toString();
	}
}
