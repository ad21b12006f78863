package org.duizhao.corpus.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.corpus.core.Structure;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.segment.Paragraphs;

/**
 * Reduces Markdown to the text a reader sees, line by line, keeping headings as structure. Covers
 * what policy notes written in Markdown use (headings, emphasis, links, images, lists, quotes, code
 * fences, rules); it is not a full CommonMark parser.
 */
final class MarkdownStripper {

	/*
	 * Every pattern runs in time linear in the line: no two quantifiers can share a character
	 * (link text stops at the next bracket, emphasis content at the next delimiter), so no start
	 * position rescans what an earlier one scanned. A 300 KB line of "[" used to take minutes.
	 */
	private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*)$"); //$NON-NLS-1$
	private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$"); //$NON-NLS-1$
	private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$"); //$NON-NLS-1$
	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$"); //$NON-NLS-1$
	private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\[\\]]+\\]:\\s+\\S+.*$"); //$NON-NLS-1$
	private static final Pattern QUOTE = Pattern.compile("^ {0,3}(>\\s?)+"); //$NON-NLS-1$
	private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+"); //$NON-NLS-1$
	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*)\\]\\([^()]*\\)"); //$NON-NLS-1$
	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\](\\([^()]*\\)|\\[[^\\[\\]]*\\])"); //$NON-NLS-1$
	/** Strongest first, so ** is not read as two single * around nothing. */
	private static final List<Pattern> EMPHASIS = List.of(emphasis("\\*\\*", "[^*]"), emphasis("__", "[^_]"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			emphasis("~~", "[^~]"), emphasis("\\*", "[^*]"), emphasis("`", "[^`]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>"); //$NON-NLS-1$

	/** @return delimiter, content of {@code inner} not starting or ending in white space, delimiter */
	private static Pattern emphasis(String delimiter, String inner) {
		return Pattern.compile(delimiter + "(?=\\S)(" + inner + "+)(?<=\\S)" + delimiter); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private final StringBuilder out = new StringBuilder();
	private final List<Structure.Heading> headings = new ArrayList<>();
	private String firstHeading;
	private boolean started;

	MarkdownStripper(String markdown) {
		strip(markdown.split("\\r\\n|\\r|\\n", -1)); //$NON-NLS-1$
	}

	String text() {
		return out.toString();
	}

	String firstHeading() {
		return firstHeading;
	}

	Structure structure() {
		String text = out.toString();
		return new Structure(Paragraphs.of(text), headings);
	}

	private void strip(String[] lines) {
		boolean inFence = false;
		int previousStart = -1;
		for (String line : lines) {
			if (FENCE.matcher(line).matches()) {
				inFence = !inFence;
				continue;
			}
			if (inFence) {
				previousStart = append(line);
				continue;
			}
			Matcher setext = SETEXT.matcher(line);
			if (setext.matches() && previousStart >= 0 && previousStart < lineEndOfOutput()) {
				addHeading(setext.group(1).charAt(0) == '=' ? 1 : 2, previousStart, lineEndOfOutput());
				previousStart = -1;
				continue;
			}
			if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
				previousStart = -1;
				continue;
			}
			Matcher atx = ATX.matcher(line);
			if (atx.matches()) {
				int start = append(inline(closingHashesRemoved(atx.group(2))));
				addHeading(atx.group(1).length(), start, lineEndOfOutput());
				previousStart = -1;
				continue;
			}
			String text = inline(BULLET.matcher(QUOTE.matcher(line).replaceFirst("")).replaceFirst("$1")); //$NON-NLS-1$ //$NON-NLS-2$
			int start = append(text);
			previousStart = text.isBlank() ? -1 : start;
		}
	}

	/** "标题 ##" → "标题": trailing white space, then an optional closing run of #, then white space. */
	static String closingHashesRemoved(String heading) {
		int end = heading.length();
		while (end > 0 && Character.isWhitespace(heading.charAt(end - 1))) {
			end--;
		}
		int hashes = end;
		while (hashes > 0 && heading.charAt(hashes - 1) == '#') {
			hashes--;
		}
		if (hashes < end && (hashes == 0 || Character.isWhitespace(heading.charAt(hashes - 1)))) {
			end = hashes;
			while (end > 0 && Character.isWhitespace(heading.charAt(end - 1))) {
				end--;
			}
		}
		return heading.substring(0, end);
	}

	private static String inline(String s) {
		String r = IMAGE.matcher(s).replaceAll("$1"); //$NON-NLS-1$
		r = LINK.matcher(r).replaceAll("$1"); //$NON-NLS-1$
		for (int i = 0; i < 3; i++) { // nested emphasis such as ***bold italic*** (one level a round)
			for (Pattern p : EMPHASIS) {
				r = p.matcher(r).replaceAll("$1"); //$NON-NLS-1$
			}
		}
		return TAG.matcher(r).replaceAll(""); //$NON-NLS-1$
	}

	/** Appends a line (and a line break before it if needed); returns where it starts. */
	private int append(String line) {
		if (started) {
			out.append('\n');
		}
		started = true;
		int start = out.length();
		out.append(line);
		return start;
	}

	private int lineEndOfOutput() {
		int end = out.length();
		while (end > 0 && Character.isWhitespace(out.charAt(end - 1)) && out.charAt(end - 1) != '\n') {
			end--;
		}
		return end;
	}

	private void addHeading(int level, int start, int end) {
		if (end <= start) {
			return;
		}
		TextRange range = new TextRange(start, end);
		headings.add(new Structure.Heading(level, range));
		if (firstHeading == null) {
			firstHeading = range.of(out).trim();
		}
	}
}
