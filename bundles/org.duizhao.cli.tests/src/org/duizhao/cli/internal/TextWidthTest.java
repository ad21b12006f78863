package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terminal columns of mixed Chinese and Latin text. */
class TextWidthTest {

	@Test
	void chineseTakesTwoColumns() {
		assertThat(TextWidth.of("usage:")).isEqualTo(6);
		assertThat(TextWidth.of("用法：")).isEqualTo(6);
		assertThat(TextWidth.of("duizhao 命令 [参数]")).isEqualTo(19);
		assertThat(TextWidth.of("𠮷")).isEqualTo(2);
		assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
	}

	@Test
	void padsAndCutsByColumns() {
		assertThat(TextWidth.pad("命令", 6)).isEqualTo("命令  ");
		assertThat(TextWidth.pad("toolong", 3)).isEqualTo("toolong");
		assertThat(TextWidth.cut("[ 42%] 正在导入", 10)).isEqualTo("[ 42%] 正");
		assertThat(TextWidth.cut("abc", 10)).isEqualTo("abc");
	}
}
