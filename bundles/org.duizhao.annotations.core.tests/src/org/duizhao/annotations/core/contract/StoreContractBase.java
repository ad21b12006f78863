package org.duizhao.annotations.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.TextQuote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Set-up and helpers of the store contract. The contract is split by area into a chain of abstract
 * classes (codes, annotations, memos and links, then transactions and listeners in
 * {@link AnnotationStoreContract}) so that each file stays short; a backend extends the last one.
 */
public abstract class StoreContractBase {

	/** A short sample text with a character outside the BMP (𠮷 is one code point, two UTF-16 units). */
	protected static final String TEXT = "各地要落实𠮷祥扶贫政策，推进产业发展，巩固脱贫攻坚成果。"; //$NON-NLS-1$

	/** The store under test, fresh and empty for each test. */
	protected AnnotationStore store;

	/** @return a new, empty store; closed by the test */
	protected abstract AnnotationStore newStore() throws Exception;

	@BeforeEach
	void openStore() throws Exception {
		store = newStore();
	}

	@AfterEach
	void closeStore() throws Exception {
		store.close();
	}

	/** @return a new annotation over code points {@code start..end} of {@link #TEXT} */
	protected static NewAnnotation passage(String doc, int start, int end, String coder, String... codeIds) {
		return new NewAnnotation(doc, 1, start, end, TextQuote.of(TEXT, start, end), List.of(codeIds), null, coder);
	}

	/** @return a new annotation stored */
	protected Annotation add(String doc, int start, int end, String... codeIds) throws StoreException {
		return store.addAnnotation(passage(doc, start, end, "王芳", codeIds)); //$NON-NLS-1$
	}

	/** @return a new top-level code */
	protected Code code(String name) throws StoreException {
		return store.createCode(null, name, null, null, null);
	}

	/** @return a new sub-code */
	protected Code code(Code parent, String name) throws StoreException {
		return store.createCode(parent.id(), name, null, null, null);
	}

	/** Asserts that {@code call} fails with a {@link StoreException} (and not a subclass only by accident). */
	protected static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(StoreException.class).hasMessageNotContaining("SQL"); //$NON-NLS-1$
	}
}
