package org.duizhao.annotations.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Metadata;

/**
 * Counts of coded passages per code across documents, regions and years. A passage with several
 * codes counts once for each; only a code itself is counted (sum the rows of its sub-codes, from
 * {@link org.duizhao.annotations.core.CodeTree#withDescendants}, for a branch). Unanchored
 * passages count too: they are still the researcher's coding of the document.
 *
 * @since 0.1
 */
public final class CodeMatrices {

	private CodeMatrices() {
	}

	/**
	 * @param codeIds the rows, in order
	 * @param annotations the passages to count (those on other documents are left out)
	 * @param documents the columns, in order
	 * @return code × document (columns are document ids)
	 */
	public static CodeMatrix byDocument(List<String> codeIds, List<Annotation> annotations, List<Document> documents) {
		List<String> columns = documents.stream().map(Document::id).toList();
		return count(codeIds, annotations, documents, columns, Document::id);
	}

	/** @return code × region (columns are the regions named in the documents' metadata, sorted, then {@link CodeMatrix#UNKNOWN}) */
	public static CodeMatrix byRegion(List<String> codeIds, List<Annotation> annotations, List<Document> documents) {
		Function<Document, String> key = d -> orUnknown(d.metadata().region());
		return count(codeIds, annotations, documents, columns(documents, key), key);
	}

	/** @return code × year (columns are the years of the documents' dates, ascending, then {@link CodeMatrix#UNKNOWN}) */
	public static CodeMatrix byYear(List<String> codeIds, List<Annotation> annotations, List<Document> documents) {
		Function<Document, String> key = d -> year(d.metadata());
		return count(codeIds, annotations, documents, columns(documents, key), key);
	}

	/** @return the year of a date ({@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}), or {@link CodeMatrix#UNKNOWN} */
	static String year(Metadata metadata) {
		String date = metadata.date();
		return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
				? date.substring(0, 4)
				: CodeMatrix.UNKNOWN;
	}

	private static String orUnknown(String value) {
		return value == null || value.isBlank() ? CodeMatrix.UNKNOWN : value;
	}

	private static List<String> columns(List<Document> documents, Function<Document, String> key) {
		Set<String> sorted = new TreeSet<>();
		documents.forEach(d -> sorted.add(key.apply(d)));
		Set<String> out = new LinkedHashSet<>(sorted);
		if (out.remove(CodeMatrix.UNKNOWN)) {
			out.add(CodeMatrix.UNKNOWN);
		}
		return new ArrayList<>(out);
	}

	private static CodeMatrix count(List<String> codeIds, List<Annotation> annotations, List<Document> documents,
			List<String> columns, Function<Document, String> key) {
		Map<String, Integer> row = index(codeIds);
		Map<String, Integer> column = index(columns);
		Map<String, Integer> columnOfDocument = new HashMap<>();
		documents.forEach(d -> columnOfDocument.put(d.id(), column.get(key.apply(d))));
		int[][] counts = new int[codeIds.size()][columns.size()];
		for (Annotation a : annotations) {
			Integer c = columnOfDocument.get(a.documentId());
			for (String codeId : c == null ? List.<String>of() : a.codeIds()) {
				Integer r = row.get(codeId);
				if (r != null) {
					counts[r][c]++;
				}
			}
		}
		return new CodeMatrix(codeIds, columns, counts);
	}

	private static Map<String, Integer> index(List<String> keys) {
		Map<String, Integer> out = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			out.putIfAbsent(keys.get(i), i);
		}
		return out;
	}
}
