package org.duizhao.annotations.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.corpus.core.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Inter-coder agreement per code at character level. Each character (code point) of each chosen
 * document is a unit; a coder's value for a code is 1 where one of that coder's passages with that
 * code covers the character, else 0. Every coder thus gives a value to every unit (no missing
 * values). Reported per code: the units, the share of units on which all coders agree, Cohen's
 * kappa (two coders only) and Krippendorff's alpha, nominal.
 * <p>
 * Only annotations anchored on their document's current version count (an unanchored annotation's
 * position belongs to another text). The documents are swept once per code from passage ends to
 * passage ends, so the cost follows the number of passages, not of characters.
 *
 * @since 0.1
 */
public final class IntercoderAgreement {

	private IntercoderAgreement() {
	}

	/**
	 * @param annotations the annotations to consider (others' coders and documents are ignored), not {@code null}
	 * @param coders the coders to compare, at least two, not {@code null}
	 * @param codes the codes, one row each in this order, not {@code null}
	 * @param tree the code system, for the names shown, not {@code null}
	 * @param documents the documents whose characters are the units, not {@code null}
	 * @param monitor progress and cancel, may be {@code null}
	 * @return the table
	 * @throws IllegalArgumentException with fewer than two coders or a coder named twice
	 */
	public static AgreementTable compute(List<Annotation> annotations, List<String> coders, List<Code> codes,
			CodeTree tree, List<Document> documents, IProgressMonitor monitor) {
		Objects.requireNonNull(annotations, "annotations"); //$NON-NLS-1$
		if (coders.size() < 2 || coders.stream().distinct().count() != coders.size()) {
			throw new IllegalArgumentException("name at least two different coders"); //$NON-NLS-1$
		}
		SubMonitor sub = SubMonitor.convert(monitor, codes.size());
		Map<String, Integer> coderIndex = new HashMap<>();
		for (int i = 0; i < coders.size(); i++) {
			coderIndex.put(coders.get(i), i);
		}
		Map<String, List<Annotation>> byCode = byCode(annotations, coderIndex, documents);
		List<AgreementRow> rows = new ArrayList<>();
		for (Code code : codes) {
			sub.split(1);
			rows.add(row(code, tree, byCode.getOrDefault(code.id(), List.of()), coderIndex, documents));
		}
		return new AgreementTable(coders, rows);
	}

	private static AgreementRow row(Code code, CodeTree tree, List<Annotation> annotations,
			Map<String, Integer> coderIndex, List<Document> documents) {
		int coders = coderIndex.size();
		KrippendorffAlpha alpha = new KrippendorffAlpha();
		CohenKappa kappa = new CohenKappa();
		double[] agree = new double[1];
		long units = 0;
		Map<String, List<int[]>> passagesByDocument = passages(annotations, coderIndex);
		for (Document d : documents) {
			int length = d.current().characters();
			units += length;
			CoverageSweep.sweep(passagesByDocument.getOrDefault(d.id(), List.of()), coders, length, (values, w) -> {
				alpha.addWeighted(w, values);
				if (coders == 2) {
					kappa.add(w, values[0], values[1]);
				}
				if (allEqual(values)) {
					agree[0] += w;
				}
			});
		}
		return new AgreementRow(code.id(), tree.path(code.id()), units, units == 0 ? null : agree[0] / units,
				coders == 2 ? orNull(kappa.kappa()) : null, orNull(alpha.alpha()));
	}

	/**
	 * @return per code id, the annotations that count: by a chosen coder, on a chosen document,
	 *         anchored on its current version
	 */
	private static Map<String, List<Annotation>> byCode(List<Annotation> annotations, Map<String, Integer> coderIndex,
			List<Document> documents) {
		Map<String, Integer> currentVersion = new HashMap<>();
		documents.forEach(d -> currentVersion.put(d.id(), d.current().number()));
		Map<String, List<Annotation>> out = new HashMap<>();
		for (Annotation a : annotations) {
			Integer version = currentVersion.get(a.documentId());
			if (coderIndex.containsKey(a.coder()) && version != null && a.anchoring().isAnchored()
					&& a.version() == version) {
				for (String codeId : new java.util.LinkedHashSet<>(a.codeIds())) {
					out.computeIfAbsent(codeId, k -> new ArrayList<>()).add(a);
				}
			}
		}
		return out;
	}

	/** @return per document, the passages {coder, start, end} */
	private static Map<String, List<int[]>> passages(List<Annotation> annotations, Map<String, Integer> coderIndex) {
		Map<String, List<int[]>> out = new HashMap<>();
		for (Annotation a : annotations) {
			out.computeIfAbsent(a.documentId(), k -> new ArrayList<>())
					.add(new int[] { coderIndex.get(a.coder()), a.start(), a.end() });
		}
		return out;
	}

	private static boolean allEqual(int[] values) {
		for (int v : values) {
			if (v != values[0]) {
				return false;
			}
		}
		return true;
	}

	private static Double orNull(double value) {
		return Double.isNaN(value) ? null : value;
	}
}
