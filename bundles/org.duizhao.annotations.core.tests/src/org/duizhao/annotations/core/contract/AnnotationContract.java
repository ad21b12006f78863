package org.duizhao.annotations.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** The annotation part of the store contract: writes, conflicts, queries and counts. */
public abstract class AnnotationContract extends CodeContract {

	@Test
	void addedAnnotationReadsBackWholeWithCharactersOutsideTheBmp() throws Exception {
		Code a = code("扶贫");
		Code b = code("产业");
		NewAnnotation n = new NewAnnotation("d1", 2, 5, 7, TextQuote.of(TEXT, 5, 7), List.of(b.id(), a.id(), b.id()),
				"备注𠮷𝄞", "李雷");
		Annotation added = store.addAnnotation(n);
		assertThat(added.quote().exact()).isEqualTo("𠮷祥");
		assertThat(added.codeIds()).containsExactly(b.id(), a.id());
		assertThat(added.rowVersion()).isEqualTo(1);
		assertThat(added.anchoring()).isEqualTo(Anchoring.ORIGINAL);
		assertThat(added.modified()).isEqualTo(added.created());
		Annotation read = store.annotation(added.id()).orElseThrow();
		assertThat(read).isEqualTo(added);
		assertThat(read.memo()).isEqualTo("备注𠮷𝄞");
		assertThat(read.quote()).isEqualTo(TextQuote.of(TEXT, 5, 7));
		assertThat(read.version()).isEqualTo(2);
		assertThat(store.annotation("no-such-id")).isEmpty();
	}

	@Test
	void bulkAddKeepsOrderAndIsAllOrNothing() throws Exception {
		Code a = code("扶贫");
		List<NewAnnotation> many = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			many.add(passage("d" + (i % 3), i % 20, i % 20 + 3, "王芳", a.id()));
		}
		List<Annotation> added = store.addAnnotations(many, new NullProgressMonitor());
		assertThat(added).extracting(Annotation::start).containsExactlyElementsOf(many.stream().map(NewAnnotation::start).toList());
		assertThat(store.annotations(AnnotationQuery.all())).hasSize(50);
		List<NewAnnotation> bad = List.of(passage("d9", 0, 1, "王芳", a.id()), passage("d9", 1, 2, "王芳", "no-such-code"));
		assertRefused(() -> store.addAnnotations(bad, null));
		assertThat(store.annotations(AnnotationQuery.document("d9"))).isEmpty();
	}

	@Test
	void cancelledBulkAddAddsNothing() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThatThrownBy(() -> store.addAnnotations(List.of(passage("d1", 0, 1, "王芳")), monitor))
				.isInstanceOf(OperationCanceledException.class);
		assertThat(store.annotations(AnnotationQuery.all())).isEmpty();
	}

	@Test
	void updateWritesCodesMemoAndPosition() throws Exception {
		Code a = code("扶贫");
		Code b = code("产业");
		Annotation added = add("d1", 0, 2, a.id());
		Annotation moved = added.withCodes(List.of(b.id())).withMemo("改了")
				.withPosition(2, 3, 6, TextQuote.of(TEXT, 3, 6), Anchoring.QUOTE);
		Annotation stored = store.updateAnnotation(moved);
		assertThat(stored.rowVersion()).isEqualTo(2);
		assertThat(stored.modified()).isAfterOrEqualTo(added.created());
		Annotation read = store.annotation(added.id()).orElseThrow();
		assertThat(read).isEqualTo(stored);
		assertThat(read.codeIds()).containsExactly(b.id());
		assertThat(read.start()).isEqualTo(3);
		assertThat(read.anchoring()).isEqualTo(Anchoring.QUOTE);
		assertThat(read.created()).isEqualTo(added.created());
	}

	@Test
	void staleAnnotationWritesConflictAndWriteNothing() throws Exception {
		Annotation first = add("d1", 0, 2);
		Annotation other = add("d1", 3, 5);
		Annotation current = store.updateAnnotation(first.withMemo("他人的修改"));
		assertThatThrownBy(() -> store.updateAnnotation(first.withMemo("我的修改")))
				.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(current));
		assertThatThrownBy(() -> store.updateAnnotations(List.of(other.withMemo("批量"), first.withMemo("批量"))))
				.isInstanceOf(ConflictException.class);
		assertThat(store.annotation(other.id()).orElseThrow()).isEqualTo(other);
		assertThatThrownBy(() -> store.deleteAnnotation(first.id(), first.rowVersion()))
				.isInstanceOf(ConflictException.class);
		store.deleteAnnotation(current.id(), current.rowVersion());
		assertThatThrownBy(() -> store.updateAnnotation(current)).isInstanceOfSatisfying(ConflictException.class,
				e -> assertThat(e.current()).isNull());
		assertThatThrownBy(() -> store.deleteAnnotation(current.id(), current.rowVersion()))
				.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isNull());
	}

	@Test
	void queriesFilterAndOrder() throws Exception {
		Code a = code("扶贫");
		Code b = code("产业");
		Annotation late = add("d1", 10, 12, a.id());
		Annotation early = add("d1", 0, 4, b.id());
		Annotation other = store.addAnnotation(new NewAnnotation("d2", 1, 3, 6, TextQuote.of(TEXT, 3, 6),
				List.of(a.id(), b.id()), "值得注意 100%", "李雷"));
		Annotation lost = store.updateAnnotation(
				add("d3", 0, 1).withPosition(1, 0, 1, TextQuote.of(TEXT, 0, 1), Anchoring.UNANCHORED));
		assertThat(store.annotations(AnnotationQuery.all())).containsExactly(early, late, other, lost);
		assertThat(store.annotations(AnnotationQuery.document("d1"))).containsExactly(early, late);
		assertThat(store.annotations(AnnotationQuery.codes(Set.of(a.id())))).containsExactly(late, other);
		assertThat(store.annotations(AnnotationQuery.codes(Set.of(a.id(), b.id())))).containsExactly(early, late,
				other);
		assertThat(store.annotations(AnnotationQuery.all().byCoder("李雷"))).containsExactly(other);
		assertThat(store.annotations(AnnotationQuery.codes(Set.of(b.id())).byCoder("王芳"))).containsExactly(early);
		assertThat(store.annotations(AnnotationQuery.unanchored())).containsExactly(lost);
		assertThat(store.annotations(new AnnotationQuery(null, null, null, null, true))).containsExactly(early, late,
				other);
	}

	@Test
	void textQueryLooksInQuoteAndMemoLiterally() throws Exception {
		Annotation quote = add("d1", 5, 7);
		Annotation memo = store.addAnnotation(new NewAnnotation("d2", 1, 0, 1, TextQuote.of(TEXT, 0, 1), null,
				"完成率 100%_𠮷", "李雷"));
		assertThat(store.annotations(text("𠮷祥"))).containsExactly(quote);
		assertThat(store.annotations(text("100%_"))).containsExactly(memo);
		assertThat(store.annotations(text("𠮷"))).containsExactly(quote, memo);
		assertThat(store.annotations(text("%"))).containsExactly(memo);
		assertThat(store.annotations(text("不存在"))).isEmpty();
	}

	private static AnnotationQuery text(String text) {
		return new AnnotationQuery(null, null, null, text, null);
	}

	@Test
	void countsAndCoders() throws Exception {
		Code a = code("扶贫");
		Code b = code("产业");
		Code unused = code("空");
		add("d1", 0, 2, a.id());
		add("d1", 2, 4, a.id(), b.id());
		store.addAnnotation(passage("d2", 0, 2, "Alice", a.id()));
		assertThat(store.codeCounts()).containsEntry(a.id(), 3).containsEntry(b.id(), 1).containsEntry(unused.id(), 0);
		assertThat(store.coders()).containsExactly("Alice", "王芳");
	}

	@Test
	void aDeletedAnnotationIsRestoredWithItsIdCodesMemoCoderAndTimes() throws Exception {
		Code a = code("扶贫");
		Code b = code("产业");
		Annotation added = store.addAnnotation(new NewAnnotation("d1", 2, 5, 7, TextQuote.of(TEXT, 5, 7),
				List.of(b.id(), a.id()), "备注𠮷", "李雷"));
		Annotation before = store.updateAnnotation(added.withPosition(2, 5, 7, TextQuote.of(TEXT, 5, 7), Anchoring.QUOTE));
		store.deleteAnnotation(before.id(), before.rowVersion());
		assertThat(store.annotation(before.id())).isEmpty();

		Annotation restored = store.restoreAnnotation(before);
		assertThat(restored.rowVersion()).isEqualTo(1);
		Annotation read = store.annotation(before.id()).orElseThrow();
		assertThat(read).isEqualTo(restored);
		assertThat(List.<Object>of(read.documentId(), read.version(), read.start(), read.end(), read.quote(),
				read.codeIds(), read.memo(), read.coder(), read.created(), read.modified(), read.anchoring()))
				.isEqualTo(List.<Object>of("d1", 2, 5, 7, TextQuote.of(TEXT, 5, 7), List.of(b.id(), a.id()), "备注𠮷",
						"李雷", before.created(), before.modified(), Anchoring.QUOTE));
		assertThat(store.codeCounts()).containsEntry(a.id(), 1).containsEntry(b.id(), 1);
		assertThat(store.annotations(AnnotationQuery.document("d1"))).extracting(Annotation::id).containsExactly(before.id());
		// restored annotations are written like any other
		assertThat(store.updateAnnotation(read.withMemo("再改")).rowVersion()).isEqualTo(2);
	}

	@Test
	void restoringAnExistingIdOrWithAMissingCodeIsRefusedAndWritesNothing() throws Exception {
		Code a = code("扶贫");
		Annotation kept = add("d1", 0, 2, a.id());
		assertRefused(() -> store.restoreAnnotation(kept));
		assertThat(store.annotation(kept.id()).orElseThrow()).isEqualTo(kept);

		Annotation gone = add("d1", 3, 5, a.id());
		store.deleteAnnotation(gone.id(), gone.rowVersion());
		store.deleteCode(a.id(), store.codes().get(0).rowVersion());
		assertRefused(() -> store.restoreAnnotation(gone));
		assertThat(store.annotation(gone.id())).isEmpty();
	}
}
