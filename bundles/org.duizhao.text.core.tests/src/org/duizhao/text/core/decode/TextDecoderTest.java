package org.duizhao.text.core.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

	/** Written for these tests: a short rule text in simplified characters. */
	static final String SIMPLIFIED = "第一条　为了加强农村饮水安全工程的建设和管理，保障群众喝上放心水，制定本办法。\n"
			+ "第二条　各级人民政府应当把这项工作纳入年度考核，县级水利部门负责具体组织实施。";
	/** Written for these tests: a short notice in traditional characters. */
	static final String TRADITIONAL = "第三條　為了推動鄉村學校圖書館的建設，本會決定自明年起每年撥出專項經費。\n"
			+ "第四條　各區教育機關應當於每學期結束前報告執行情況，並接受議會監督。";

	@ParameterizedTest
	@ValueSource(strings = { "GBK", "GB18030", "GB2312" })
	void gbFamilyIsReportedAsGb18030(String charset) {
		DecodedText d = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName(charset)));
		assertThat(d.charset()).isEqualTo("GB18030");
		assertThat(d.text()).isEqualTo(SIMPLIFIED);
		assertThat(d.malformed()).isZero();
		assertThat(d.confidence()).isGreaterThanOrEqualTo(70);
	}

	@Test
	void traditionalInGbkIsStillGb18030() {
		DecodedText d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("GBK")));
		assertThat(d.charset()).isEqualTo("GB18030");
		assertThat(d.text()).isEqualTo(TRADITIONAL);
	}

	@Test
	void big5() {
		DecodedText d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")));
		assertThat(d.charset()).startsWith("Big5");
		assertThat(d.text()).isEqualTo(TRADITIONAL);
		assertThat(d.confidence()).isGreaterThanOrEqualTo(70);
	}

	@Test
	void shortTextsStillDecodeRight() {
		String s = "关于进一步做好就业工作的通知";
		assertThat(TextDecoder.decode(s.getBytes(Charset.forName("GBK"))).text()).isEqualTo(s);
		String t = "關於進一步做好就業工作的通知";
		assertThat(TextDecoder.decode(t.getBytes(Charset.forName("Big5"))).text()).isEqualTo(t);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE" })
	void utf16WithoutBom(String charset) {
		DecodedText d = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName(charset)));
		assertThat(d.charset()).isEqualTo(charset);
		assertThat(d.text()).isEqualTo(SIMPLIFIED);
		assertThat(d.bomLength()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE", "UTF-8", "UTF-32LE", "UTF-32BE" })
	void withBom(String charset) {
		byte[] bytes = ("\uFEFF" + TRADITIONAL).getBytes(Charset.forName(charset));
		DecodedText d = TextDecoder.decode(bytes);
		assertThat(d.charset()).isEqualTo(charset);
		assertThat(d.text()).isEqualTo(TRADITIONAL);
		assertThat(d.bomLength()).isEqualTo(charset.equals("UTF-8") ? 3 : charset.startsWith("UTF-16") ? 2 : 4);
		assertThat(d.confidence()).isEqualTo(100);
	}

	@Test
	void utf8WithoutBom() {
		DecodedText d = TextDecoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
		assertThat(d).isEqualTo(new DecodedText(SIMPLIFIED, "UTF-8", 100, 0, 0));
	}

	@Test
	void supplementaryCharactersSurvive() {
		String s = "𠮷野家的牛肉饭";
		assertThat(TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(s);
		assertThat(TextDecoder.decode(s.getBytes(Charset.forName("GB18030"))).text()).isEqualTo(s);
	}

	@Test
	void emptyAndAscii() {
		assertThat(TextDecoder.decode(new byte[0]).text()).isEmpty();
		assertThat(TextDecoder.decode("plain text\n".getBytes(StandardCharsets.US_ASCII)).charset()).isEqualTo("UTF-8");
	}

	@Test
	void brokenUtf8CountsMalformedBytesAndKeepsTheRest() {
		byte[] good = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = good.clone();
		bytes[10] = (byte) 0xFF;
		DecodedText d = TextDecoder.decode(bytes);
		assertThat(d.charset()).isEqualTo("UTF-8");
		assertThat(d.malformed()).isGreaterThan(0);
		assertThat(d.text()).contains("\uFFFD").endsWith("组织实施。");
	}

	@Test
	void redecodeWithChosenCharset() {
		byte[] bytes = SIMPLIFIED.getBytes(Charset.forName("GBK"));
		DecodedText wrong = TextDecoder.decode(bytes, "Big5");
		assertThat(wrong.text()).isNotEqualTo(SIMPLIFIED);
		DecodedText right = TextDecoder.decode(bytes, "GBK");
		assertThat(right.charset()).isEqualTo("GB18030");
		assertThat(right.text()).isEqualTo(SIMPLIFIED);
		assertThat(right.confidence()).isGreaterThan(wrong.confidence());
	}

	@Test
	void chosenCharsetSkipsItsOwnBom() {
		byte[] bytes = ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
		DecodedText d = TextDecoder.decode(bytes, "utf8");
		assertThat(d.text()).isEqualTo(SIMPLIFIED);
		assertThat(d.bomLength()).isEqualTo(3);
	}
}
