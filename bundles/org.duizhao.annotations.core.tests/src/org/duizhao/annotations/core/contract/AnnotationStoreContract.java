package org.duizhao.annotations.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreChange.Kind;
import org.duizhao.annotations.core.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The whole contract every {@link AnnotationStore} backend must meet: this class adds transactions,
 * listeners and closing to the areas of its superclasses. A backend's test extends it and supplies
 * {@link #newStore()}.
 */
public abstract class AnnotationStoreContract extends MemoLinkContract {

	@Test
	void transactionCommitsEverythingTogether() throws Exception {
		Annotation added = store.inTransaction(s -> {
			Code c = s.createCode(null, "扶贫", null, null, null);
			return s.addAnnotation(passage("d1", 0, 2, "王芳", c.id()));
		});
		assertThat(store.annotation(added.id())).isPresent();
		assertThat(store.codes()).hasSize(1);
	}

	@Test
	void anExceptionInATransactionRollsEverythingBack() throws Exception {
		Code kept = code("已有");
		List<StoreChange> heard = new CopyOnWriteArrayList<>();
		store.addListener(heard::add);
		assertThatThrownBy(() -> store.inTransaction(s -> {
			s.createCode(null, "新码", null, null, null);
			s.addAnnotation(passage("d1", 0, 2, "王芳", kept.id()));
			s.deleteCode(kept.id(), kept.rowVersion());
			throw new IllegalStateException("导入失败");
		})).isInstanceOf(IllegalStateException.class).hasMessage("导入失败");
		assertThat(store.codes()).containsExactly(kept);
		assertThat(store.annotations(AnnotationQuery.all())).isEmpty();
		assertThat(heard).isEmpty();
	}

	@Test
	void aCheckedExceptionBecomesAStoreExceptionAndRollsBack() throws Exception {
		assertThatThrownBy(() -> store.inTransaction(s -> {
			s.createCode(null, "新码", null, null, null);
			throw new IOException("磁盘已满");
		})).isInstanceOf(StoreException.class).hasMessageContaining("磁盘已满");
		assertThat(store.codes()).isEmpty();
	}

	@Test
	void aFailedCallInsideATransactionUndoesOnlyItself() throws Exception {
		Code c = store.inTransaction(s -> {
			Code first = s.createCode(null, "扶贫", null, null, null);
			assertThatThrownBy(() -> s.addAnnotations(
					List.of(passage("d1", 0, 1, "王芳", first.id()), passage("d1", 1, 2, "王芳", "no-such-code")), null))
					.isInstanceOf(StoreException.class);
			s.inTransaction(inner -> inner.addAnnotation(passage("d1", 2, 3, "王芳", first.id())));
			return first;
		});
		assertThat(store.annotations(AnnotationQuery.all())).extracting(Annotation::start).containsExactly(2);
		assertThat(store.codes()).containsExactly(c);
	}

	@Test
	void listenersHearOfCommittedChangesAfterTheCommit() throws Exception {
		List<StoreChange> heard = new CopyOnWriteArrayList<>();
		List<Boolean> visible = new CopyOnWriteArrayList<>();
		store.addListener(change -> {
			heard.add(change);
			if (change.kind() == Kind.ANNOTATIONS) {
				for (String id : change.ids()) {
					visible.add(readable(id));
				}
			}
		});
		Annotation a = store.inTransaction(s -> {
			Code c = s.createCode(null, "扶贫", null, null, null);
			Annotation added = s.addAnnotation(passage("d7", 0, 2, "王芳", c.id()));
			assertThat(heard).isEmpty();
			return added;
		});
		assertThat(heard).extracting(StoreChange::kind).containsExactly(Kind.CODES, Kind.ANNOTATIONS);
		assertThat(heard.get(1).ids()).containsExactly(a.id());
		assertThat(heard.get(1).documentIds()).containsExactly("d7");
		assertThat(heard).noneMatch(StoreChange::external);
		assertThat(visible).containsExactly(true);
		store.createMemo(null, "t", "x", "王芳");
		assertThat(heard).extracting(StoreChange::kind).endsWith(Kind.MEMOS);
	}

	private boolean readable(String id) {
		try {
			return store.annotation(id).isPresent();
		} catch (StoreException e) {
			return false;
		}
	}

	@Test
	void aRemovedListenerHearsNothingAndOwnChangesAreNotExternal() throws Exception {
		List<StoreChange> heard = new CopyOnWriteArrayList<>();
		org.duizhao.annotations.core.StoreListener listener = heard::add;
		store.addListener(listener);
		store.addListener(listener);
		code("一");
		assertThat(heard).hasSize(1);
		assertThat(store.pollExternalChanges()).isFalse();
		store.removeListener(listener);
		code("二");
		assertThat(heard).hasSize(1);
	}

	@Test
	void aClosedStoreRefusesCalls() throws Exception {
		code("扶贫");
		store.close();
		assertThatThrownBy(store::codes).isInstanceOf(StoreException.class);
		assertThatThrownBy(() -> code("党建")).isInstanceOf(StoreException.class);
		store.close();
		assertThat(store.describe()).isNotBlank();
	}
}
