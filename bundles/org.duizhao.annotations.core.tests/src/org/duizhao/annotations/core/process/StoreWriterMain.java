package org.duizhao.annotations.core.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;

/**
 * The second process of the crash and concurrency tests:
 * <ul>
 * <li>{@code burst FOLDER N TAG}: adds N annotations one transaction each and prints
 * {@code committed ID} after each commit;</li>
 * <li>{@code import FOLDER N}: adds N annotations in ONE transaction, printing {@code started}
 * before and {@code done} after.</li>
 * </ul>
 */
public final class StoreWriterMain {

	private StoreWriterMain() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[1]);
		int n = Integer.parseInt(args[2]);
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			Code code = store.codes().stream().filter(c -> c.name().equals("crash")).findFirst() //$NON-NLS-1$
					.orElseGet(() -> create(store));
			if (args[0].equals("burst")) { //$NON-NLS-1$
				String tag = args.length > 3 ? args[3] : "child"; //$NON-NLS-1$
				for (int i = 0; i < n; i++) {
					Annotation a = store.addAnnotation(annotation(code, i, tag));
					System.out.println("committed " + a.id()); //$NON-NLS-1$
					System.out.flush();
				}
			} else {
				List<NewAnnotation> all = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					all.add(annotation(code, i, "import")); //$NON-NLS-1$
				}
				System.out.println("started"); //$NON-NLS-1$
				System.out.flush();
				store.inTransaction(s -> {
					for (NewAnnotation a : all) {
						s.addAnnotation(a);
					}
					return null;
				});
				System.out.println("done"); //$NON-NLS-1$
			}
		}
	}

	private static Code create(AnnotationStore store) {
		try {
			return store.createCode(null, "crash", null, null, null); //$NON-NLS-1$
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static NewAnnotation annotation(Code code, int i, String coder) {
		String text = "第" + i + "条𠮷"; //$NON-NLS-1$ //$NON-NLS-2$
		return new NewAnnotation("doc-" + (i % 7), 1, i, i + 3, new TextQuote(text, "前", "后"), List.of(code.id()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"memo " + i, coder); //$NON-NLS-1$
	}
}
