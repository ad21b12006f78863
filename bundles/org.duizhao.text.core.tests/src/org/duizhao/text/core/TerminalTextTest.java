package org.duizhao.text.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

	@Test
	void escapesControlCharactersAndBidiOverridesButKeepsText() {
		assertThat(TerminalText.escape("标题\u001b]0;pwned\u0007正文\u001b[2J")).isEqualTo("标题\\u001b]0;pwned\\u0007正文\\u001b[2J");
		assertThat(TerminalText.escape("甲\u202e乙\u2066丙")).isEqualTo("甲\\u202e乙\\u2066丙");
		assertThat(TerminalText.escape("一行\n二行\r\t𠮷")).isEqualTo("一行\\n二行\\r\t𠮷");
		String clean = "无需转义的文字";
		assertThat(TerminalText.escape(clean)).isSameAs(clean);
		assertThat(TerminalText.escape("\u0085")).isEqualTo("\\u0085");
	}
}
