package org.duizhao.text.core.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BinaryCheckTest {

	@Test
	void magicNumbers() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		assertThat(BinaryCheck.check(png)).contains(new BinarySignal(BinarySignal.Kind.MAGIC_NUMBER, "PNG"));
		byte[] zip = { 'P', 'K', 3, 4, 20, 0 };
		assertThat(BinaryCheck.check(zip).orElseThrow().detail()).startsWith("ZIP");
	}

	@Test
	void randomBytesAreBinary() {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		bytes[0] = 'x';
		assertThat(BinaryCheck.check(bytes)).isPresent();
	}

	@Test
	void nulBytesAreBinary() {
		byte[] bytes = "abc\0\0\0def\0gh\0\0\0ij\0".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(BinaryCheck.check(bytes).orElseThrow().kind()).isEqualTo(BinarySignal.Kind.NUL_BYTES);
	}

	@Test
	void textIsNotBinary() {
		assertThat(BinaryCheck.check(TextDecoderTest.SIMPLIFIED.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(BinaryCheck.check("plain\ttext\r\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(BinaryCheck.check(new byte[0])).isEmpty();
	}

	@Test
	void utf16IsNotBinaryDespiteNuls() {
		String s = "Article 1. " + TextDecoderTest.SIMPLIFIED;
		assertThat(BinaryCheck.check(s.getBytes(StandardCharsets.UTF_16LE))).isEmpty();
		assertThat(BinaryCheck.check(s.getBytes(StandardCharsets.UTF_16BE))).isEmpty();
		assertThat(BinaryCheck.check(s.getBytes(StandardCharsets.UTF_16))).isEmpty();
	}

	@Test
	void pureHanUtf16WithoutAsciiIsText() {
		String s = "下一步丁丈万与丐丑专世业丛东丝两严丧个临为主举乃之乎乏乐乘九也习书买乱争事二于亏云互".repeat(5);
		assertThat(BinaryCheck.check(s.getBytes(StandardCharsets.UTF_16LE))).isEmpty();
		assertThat(TextDecoder.decode(s.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(s);
	}

	@Test
	void controlCharacters() {
		byte[] bytes = new byte[200];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 3 == 0 ? 0x02 : 'a');
		}
		assertThat(BinaryCheck.check(bytes).orElseThrow().kind()).isEqualTo(BinarySignal.Kind.CONTROL_CHARACTERS);
	}
}
