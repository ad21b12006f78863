package org.duizhao.annotations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelTest {

	private static Code code(String id, String parent, String name, int position) {
		return new Code(id, parent, name, null, null, null, position, 1);
	}

	@Test
	void quoteCountsCodePointsAndKeepsContext() {
		String text = "甲乙𠮷丙丁";
		TextQuote q = TextQuote.of(text, 2, 3);
		assertThat(q.exact()).isEqualTo("𠮷");
		assertThat(q.prefix()).isEqualTo("甲乙");
		assertThat(q.suffix()).isEqualTo("丙丁");
	}

	@Test
	void quoteContextIsCappedAt32CodePoints() {
		String text = "前".repeat(40) + "中" + "后".repeat(40);
		TextQuote q = TextQuote.of(text, 40, 41);
		assertThat(q.prefix()).hasSize(TextQuote.CONTEXT);
		assertThat(q.suffix()).hasSize(TextQuote.CONTEXT);
	}

	@Test
	void treeOrdersChildrenAndExpandsDescendants() {
		CodeTree tree = new CodeTree(List.of(code("a", null, "扶贫", 0), code("b", "a", "产业", 1),
				code("c", "a", "教育", 0), code("d", "c", "职业教育", 0), code("e", null, "党建", 1)));
		assertThat(tree.roots()).extracting(Code::id).containsExactly("a", "e");
		assertThat(tree.children("a")).extracting(Code::id).containsExactly("c", "b");
		assertThat(tree.withDescendants(Set.of("a"))).containsExactlyInAnyOrder("a", "b", "c", "d");
		assertThat(tree.path("d")).isEqualTo("扶贫/教育/职业教育");
		assertThat(tree.find("扶贫/产业")).map(Code::id).contains("b");
		assertThat(tree.find("不存在")).isEmpty();
	}

	@Test
	void annotationChecksItsRange() {
		TextQuote q = new TextQuote("x", "", "");
		assertThatThrownBy(() -> new Annotation("id", "doc", 1, 5, 4, q, null, null, "me", Instant.now(), null, null, 1))
				.isInstanceOf(IllegalArgumentException.class);
		Annotation a = new Annotation("id", "doc", 1, 2, 6, q, List.of("c"), null, "me", Instant.EPOCH, null, null, 1);
		Annotation b = new Annotation("id2", "doc", 1, 5, 9, q, List.of(), null, "me", Instant.EPOCH, null, null, 1);
		assertThat(a.overlaps(b)).isTrue();
		assertThat(a.anchoring()).isEqualTo(Anchoring.ORIGINAL);
		assertThat(a.withCodes(List.of()).overlaps(b.withPosition(1, 6, 9, q, Anchoring.EXACT))).isFalse();
	}
}
