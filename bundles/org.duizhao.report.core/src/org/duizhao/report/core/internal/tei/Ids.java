package org.duizhao.report.core.internal.tei;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Code;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Passage;

/**
 * The {@code xml:id}s of a TEI report: codes by their stable id ({@code code-…}, so a category keeps
 * its id from one report to the next) and coders numbered in order of appearance ({@code coder-1}),
 * since a coder's name need not be a valid XML name.
 */
final class Ids {

	private final Map<String, String> coders = new LinkedHashMap<>();

	Ids(DocumentReport report) {
		for (AnnotatedDocument d : report.documents()) {
			addAll(d.passages());
		}
	}

	/** Ids for the coders of {@code names}, in that order. */
	Ids(Collection<String> names) {
		names.forEach(this::add);
	}

	/** Numbers the coders of {@code passages} not numbered yet. */
	Ids addAll(Collection<Passage> passages) {
		passages.forEach(p -> add(p.annotation().coder()));
		return this;
	}

	private void add(String coder) {
		coders.computeIfAbsent(coder, k -> "coder-" + (coders.size() + 1)); //$NON-NLS-1$
	}

	/** @return the id of the {@code index}-th (from 0) document of a report: {@code doc-1}, … */
	static String document(int index) {
		return "doc-" + (index + 1); //$NON-NLS-1$
	}

	static String code(Code code) {
		return "code-" + Xml.idPart(code.id()); //$NON-NLS-1$
	}

	/** @return {@code #code-… #code-…} for the codes, or {@code null} when there are none */
	static String ana(List<Code> codes) {
		return codes.isEmpty() ? null : String.join(" ", codes.stream().map(c -> "#" + code(c)).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the coders, name to id, in order of appearance */
	Map<String, String> coders() {
		return coders;
	}

	String coder(String name) {
		return coders.get(name);
	}
}
