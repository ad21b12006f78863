package org.duizhao.annotations.core.internal.exchange;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.TextQuote;

/**
 * What an import will write, checked and mapped before anything is written: the codes (by path),
 * the annotations (placed on their documents' current texts) and the memos, plus what could not
 * be mapped. {@link PlanWriter} writes it in one store transaction.
 */
public final class ImportPlan {

	/**
	 * A code to find or create.
	 *
	 * @param path names from the top, never empty
	 * @param color {@code #rrggbb} or {@code null}
	 * @param description or {@code null}
	 */
	public record PlannedCode(List<String> path, String color, String description) {
	}

	/**
	 * An annotation placed on the current version of its document.
	 *
	 * @param codePaths the codes given, each a path of names
	 * @param existingCodeIds codes named by an id already in the store
	 */
	public record PlannedAnnotation(String documentId, int version, int start, int end, TextQuote quote,
			List<List<String>> codePaths, List<String> existingCodeIds, String memo, String coder) {
	}

	/** A memo on a document ({@code documentId} not {@code null}) or on the project. */
	public record PlannedMemo(String documentId, String title, String text, String author) {
	}

	private final List<PlannedCode> codes = new ArrayList<>();
	private final List<PlannedAnnotation> annotations = new ArrayList<>();
	private final List<PlannedMemo> memos = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private int relocated;

	/** @return the codes, parents before children */
	public List<PlannedCode> codes() {
		return codes;
	}

	/** @return the annotations in input order */
	public List<PlannedAnnotation> annotations() {
		return annotations;
	}

	/** @return the memos in input order */
	public List<PlannedMemo> memos() {
		return memos;
	}

	/** @return what could not be mapped, one line each */
	public List<String> problems() {
		return problems;
	}

	/** Notes something left out. */
	public void problem(String line) {
		problems.add(line);
	}

	/** Counts an annotation placed by its quote rather than by its position. */
	public void relocatedOne() {
		relocated++;
	}

	/** @return annotations placed by their quote */
	public int relocated() {
		return relocated;
	}
}
