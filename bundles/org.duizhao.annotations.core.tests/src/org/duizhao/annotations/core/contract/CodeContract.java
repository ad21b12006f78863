package org.duizhao.annotations.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.ConflictException;
import org.junit.jupiter.api.Test;

/** The code system part of the store contract. */
public abstract class CodeContract extends StoreContractBase {

	@Test
	void createdCodesAreReadBackInTreeOrder() throws Exception {
		Code poverty = store.createCode(null, "扶贫", "#AABBCC", "脱贫相关", "1");
		Code industry = code(poverty, "产业扶贫");
		Code education = code(poverty, "教育扶贫");
		Code party = code("党建");
		assertThat(poverty.color()).isEqualTo("#aabbcc");
		assertThat(poverty.shortcut()).isEqualTo("1");
		assertThat(poverty.rowVersion()).isEqualTo(1);
		assertThat(party.color()).matches("#[0-9a-f]{6}");
		assertThat(store.codes()).containsExactlyInAnyOrder(poverty, industry, education, party);
		CodeTree tree = new CodeTree(store.codes());
		assertThat(tree.roots()).containsExactly(poverty, party);
		assertThat(tree.children(poverty.id())).containsExactly(industry, education);
	}

	@Test
	void siblingNamesAreUnique() throws Exception {
		Code a = code("扶贫");
		Code b = code("党建");
		code(a, "其他");
		code(b, "其他");
		assertRefused(() -> code("扶贫"));
		assertRefused(() -> code(a, "其他"));
		assertRefused(() -> store.updateCode(b.withName("扶贫")));
		assertRefused(() -> code(" "));
		assertRefused(() -> store.createCode(null, "颜色", "red", null, null));
		assertRefused(() -> store.createCode("no-such-code", "孤儿", null, null, null));
		assertThat(store.codes()).hasSize(4);
	}

	@Test
	void updateRenamesRecoloursAndCountsVersions() throws Exception {
		Code a = code("扶贫");
		Code renamed = store.updateCode(a.withName("精准扶贫").withDetails("#112233", "说明", "9"));
		assertThat(renamed.name()).isEqualTo("精准扶贫");
		assertThat(renamed.color()).isEqualTo("#112233");
		assertThat(renamed.description()).isEqualTo("说明");
		assertThat(renamed.shortcut()).isEqualTo("9");
		assertThat(renamed.rowVersion()).isEqualTo(2);
		assertThat(store.codes()).containsExactly(renamed);
	}

	@Test
	void moveRefusesCycles() throws Exception {
		Code a = code("甲");
		Code b = code(a, "乙");
		Code c = code(b, "丙");
		assertRefused(() -> store.updateCode(a.withParent(c.id(), 0)));
		assertRefused(() -> store.updateCode(a.withParent(a.id(), 0)));
		Code moved = store.updateCode(c.withParent(null, 5));
		assertThat(moved.parentId()).isNull();
		assertThat(moved.position()).isEqualTo(5);
		assertThat(new CodeTree(store.codes()).roots()).extracting(Code::name).containsExactly("甲", "丙");
	}

	@Test
	void usageCountsTheWholeSubtree() throws Exception {
		Code a = code("扶贫");
		Code sub = code(a, "产业");
		add("d1", 0, 2, a.id());
		add("d1", 3, 5, sub.id());
		add("d2", 3, 5, sub.id(), a.id());
		assertThat(store.usage(a.id())).isEqualTo(new CodeUsage(3, 2, 1));
		assertThat(store.usage(sub.id())).isEqualTo(new CodeUsage(2, 2, 0));
		assertThat(store.usage(code("空").id()).isUnused()).isTrue();
		assertRefused(() -> store.usage("no-such-code"));
	}

	@Test
	void deleteRemovesSubtreeAndCodingsButKeepsPassages() throws Exception {
		Code a = code("扶贫");
		Code sub = code(a, "产业");
		Code other = code("党建");
		Annotation both = add("d1", 0, 2, sub.id(), other.id());
		Annotation only = add("d1", 3, 5, a.id());
		store.deleteCode(a.id(), a.rowVersion());
		assertThat(store.codes()).containsExactly(other);
		Annotation bothNow = store.annotation(both.id()).orElseThrow();
		assertThat(bothNow.codeIds()).containsExactly(other.id());
		assertThat(bothNow.rowVersion()).isGreaterThan(both.rowVersion());
		assertThat(store.annotation(only.id()).orElseThrow().codeIds()).isEmpty();
	}

	@Test
	void mergeMovesCodingsAndSubCodes() throws Exception {
		Code source = code("扶贫");
		Code target = code("脱贫");
		Code twinSource = code(source, "其他");
		Code twinTarget = code(target, "其他");
		Code loner = code(source, "产业");
		Annotation onBoth = add("d1", 0, 2, source.id(), target.id());
		Annotation onSource = add("d1", 3, 5, source.id());
		Annotation onTwin = add("d2", 3, 5, twinSource.id());
		store.mergeCodes(source.id(), source.rowVersion(), target.id());
		CodeTree tree = new CodeTree(store.codes());
		assertThat(tree.get(source.id())).isEmpty();
		assertThat(tree.get(twinSource.id())).isEmpty();
		assertThat(tree.children(target.id())).extracting(Code::id).containsExactlyInAnyOrder(twinTarget.id(),
				loner.id());
		assertThat(store.annotation(onBoth.id()).orElseThrow().codeIds()).containsExactly(target.id());
		assertThat(store.annotation(onSource.id()).orElseThrow().codeIds()).containsExactly(target.id());
		assertThat(store.annotation(onTwin.id()).orElseThrow().codeIds()).containsExactly(twinTarget.id());
	}

	@Test
	void mergeIntoItselfOrBelowIsRefused() throws Exception {
		Code a = code("甲");
		Code b = code(a, "乙");
		assertRefused(() -> store.mergeCodes(a.id(), a.rowVersion(), a.id()));
		assertRefused(() -> store.mergeCodes(a.id(), a.rowVersion(), b.id()));
		assertThat(store.codes()).hasSize(2);
	}

	@Test
	void staleCodeWritesConflictWithTheCurrentCode() throws Exception {
		Code a = code("扶贫");
		Code current = store.updateCode(a.withName("脱贫"));
		assertThatThrownBy(() -> store.updateCode(a.withName("别名"))).isInstanceOfSatisfying(ConflictException.class,
				e -> assertThat(e.current()).isEqualTo(current));
		assertThatThrownBy(() -> store.deleteCode(a.id(), a.rowVersion())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> store.mergeCodes(a.id(), a.rowVersion(), code("别的").id()))
				.isInstanceOf(ConflictException.class);
		assertThat(store.codes()).contains(current);
		store.deleteCode(current.id(), current.rowVersion());
		assertThatThrownBy(() -> store.updateCode(current)).isInstanceOfSatisfying(ConflictException.class,
				e -> assertThat(e.current()).isNull());
		assertThat(new CodeTree(store.codes()).find("脱贫")).isEmpty();
		assertThat(Set.copyOf(store.codes())).extracting(Code::name).containsExactly("别的");
	}

	@Test
	void restoreBringsADeletedCodeBackWithItsIdUnderItsParent() throws Exception {
		Code a = code("扶贫");
		Code sub = store.createCode(a.id(), "产业", "#123456", "说明", "7");
		store.deleteCode(a.id(), a.rowVersion());
		assertRefused(() -> store.restoreCode(sub)); // its parent is gone
		Code back = store.restoreCode(a);
		Code subBack = store.restoreCode(sub);
		assertThat(back).isEqualTo(new Code(a.id(), null, "扶贫", a.color(), "", null, a.position(), 1));
		assertThat(subBack).isEqualTo(new Code(sub.id(), a.id(), "产业", "#123456", "说明", "7", sub.position(), 1));
		assertThat(store.codes()).containsExactlyInAnyOrder(back, subBack);
		assertRefused(() -> store.restoreCode(a)); // it exists
		Code renamed = store.updateCode(subBack.withName("教育"));
		Code other = code(a, "产业");
		assertRefused(() -> store.restoreCode(new Code("fresh-id", a.id(), "产业", null, null, null, 9, 1)));
		assertThat(store.codes()).containsExactlyInAnyOrder(back, renamed, other);
	}
}
