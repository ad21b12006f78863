package org.duizhao.annotations.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.junit.jupiter.api.Test;

/** Memos, links and link types in the store contract. */
public abstract class MemoLinkContract extends AnnotationContract {

	@Test
	void memosOnDocumentsAndProject() throws Exception {
		Memo project = store.createMemo(null, "总体思路", "比较𠮷林与福建", "王芳");
		Memo doc1 = store.createMemo("d1", "第一条", "一", "王芳");
		Memo doc2 = store.createMemo("d1", "第二条", "二", "李雷");
		Memo other = store.createMemo("d2", "别的", "三", "李雷");
		assertThat(store.memos(null)).containsExactly(project);
		assertThat(store.memos("d1")).containsExactly(doc1, doc2);
		assertThat(store.allMemos()).containsExactly(project, doc1, doc2, other);
		assertThat(store.memos(null).get(0).text()).isEqualTo("比较𠮷林与福建");
		Memo changed = store.updateMemo(doc1.withText("第一条（改）", "一𝄞"));
		assertThat(changed.rowVersion()).isEqualTo(2);
		assertThat(store.memos("d1")).containsExactly(changed, doc2);
		store.deleteMemo(doc2.id(), doc2.rowVersion());
		assertThat(store.memos("d1")).containsExactly(changed);
	}

	@Test
	void staleMemoWritesConflict() throws Exception {
		Memo memo = store.createMemo(null, "标题", "正文", "王芳");
		Memo current = store.updateMemo(memo.withText("标题", "他人的"));
		assertThatThrownBy(() -> store.updateMemo(memo.withText("标题", "我的")))
				.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(current));
		assertThatThrownBy(() -> store.deleteMemo(memo.id(), memo.rowVersion())).isInstanceOf(ConflictException.class);
		store.deleteMemo(current.id(), current.rowVersion());
		assertThatThrownBy(() -> store.updateMemo(current)).isInstanceOfSatisfying(ConflictException.class,
				e -> assertThat(e.current()).isNull());
		assertThat(store.allMemos()).isEmpty();
	}

	@Test
	void aNewStoreHasTheDefaultLinkTypesAndTheyCanBeEdited() throws Exception {
		assertThat(store.linkTypes()).containsExactlyElementsOf(Link.DEFAULT_TYPES);
		store.setLinkTypes(List.of("呼应", "echoes", "contradicts"));
		assertThat(store.linkTypes()).containsExactly("呼应", "echoes", "contradicts");
		assertRefused(() -> store.setLinkTypes(List.of("a", "a")));
		assertRefused(() -> store.setLinkTypes(List.of("a", " ")));
		assertThat(store.linkTypes()).containsExactly("呼应", "echoes", "contradicts");
	}

	@Test
	void linksJoinTwoPassages() throws Exception {
		Annotation gansu = add("gansu", 0, 4);
		Annotation fujian = add("fujian", 5, 9);
		Link link = store.createLink(gansu.id(), fujian.id(), "echoes", "同一提法", "王芳");
		Link second = store.createLink(fujian.id(), gansu.id(), "expands", null, "李雷");
		assertThat(store.links()).containsExactly(link, second);
		assertThat(link.memo()).isEqualTo("同一提法");
		assertRefused(() -> store.createLink(gansu.id(), fujian.id(), "no-such-type", null, "王芳"));
		assertRefused(() -> store.createLink(gansu.id(), "no-such-annotation", "echoes", null, "王芳"));
		assertRefused(() -> store.createLink(gansu.id(), gansu.id(), "echoes", null, "王芳"));
		assertRefused(() -> store.setLinkTypes(List.of("expands")));
		store.deleteLink(second.id(), second.rowVersion());
		assertThat(store.links()).containsExactly(link);
		assertThatThrownBy(() -> store.deleteLink(second.id(), second.rowVersion()))
				.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isNull());
		assertThatThrownBy(() -> store.deleteLink(link.id(), link.rowVersion() + 1))
				.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(link));
	}

	@Test
	void deletingAPassageDeletesItsLinks() throws Exception {
		Annotation a = add("d1", 0, 4);
		Annotation b = add("d2", 0, 4);
		Annotation c = add("d3", 0, 4);
		store.createLink(a.id(), b.id(), "echoes", null, "王芳");
		Link kept = store.createLink(b.id(), c.id(), "echoes", null, "王芳");
		store.deleteAnnotation(a.id(), a.rowVersion());
		assertThat(store.links()).containsExactly(kept);
		assertThat(store.annotation(b.id())).isPresent();
	}
}
