package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The argument parser, including one-letter options such as {@code -o}. */
class ArgsTest {

	@Test
	void shortOptionTakesAValue() throws UsageException {
		Args args = Args.parse(List.of("a", "-o", "out.json", "b"), Set.of("o"), Set.of());
		assertThat(args.option("o")).isEqualTo("out.json");
		assertThat(args.positional()).containsExactly("a", "b");
	}

	@Test
	void unknownShortOptionIsAnError() {
		assertThatThrownBy(() -> Args.parse(List.of("-x"), Set.of("o"), Set.of())).isInstanceOf(UsageException.class);
	}

	@Test
	void dashAndNegativeNumbersArePositional() throws UsageException {
		Args args = Args.parse(List.of("-", "-1"), Set.of(), Set.of());
		assertThat(args.positional()).containsExactly("-", "-1");
	}
}
