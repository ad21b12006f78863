package org.duizhao.corpus.core.guess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the provincial-level division a document belongs to. Counts the names of
 * {@link Regions#ALL} (full and bare, both scripts; the longest name at a position wins, so 浙江西部
 * is not 江西) with weights: title ×5, issuer ×5, first {@value #HEAD} lines ×2, the rest ×1. A
 * one-character abbreviation (闽, 粤 …) counts only in a document number such as 闽政〔2020〕3号,
 * the one place where it is unambiguous (闽宁 names two provinces), and then weighs ×5. The winner
 * needs a score of at least {@value #MIN_SCORE} and a clear lead over the runner-up; central
 * documents that name many provinces get none.
 * <p>
 * A document about a pairing between two provinces usually names its own province first (in the
 * title, the issuer or the opening lines) and then names the partner more often, because the text
 * is about the partnership. So when only two provinces are named, the one named first wins unless
 * the other scores at least {@value #FIRST_MENTION_MARGIN} times as much.
 */
final class RegionGuess {

	static final int HEAD = 10;
	static final int MIN_SCORE = 2;
	static final int FIRST_MENTION_MARGIN = 3;
	/** Names by their first character; an array, because this runs over every character of a text. */
	private static final Name[][] BY_FIRST_CHAR = index();
	private static final Pattern DOCUMENT_NUMBER = documentNumberPattern();

	private record Name(String text, Region region) {
	}

	private RegionGuess() {
	}

	static String guess(Lines lines, String title, String issuer) {
		Map<Region, Integer> scores = new LinkedHashMap<>(); // in order of first mention
		count(title, 5, scores);
		count(issuer, 5, scores);
		List<String> all = lines.all();
		for (int i = 0; i < all.size(); i++) {
			count(all.get(i), i < HEAD ? 2 : 1, scores);
			countDocumentNumbers(all.get(i), scores);
		}
		List<Map.Entry<Region, Integer>> ranked = new ArrayList<>(scores.entrySet());
		ranked.sort(Map.Entry.<Region, Integer>comparingByValue(Comparator.reverseOrder()));
		if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SCORE) {
			return null;
		}
		if (ranked.size() == 2) {
			Map.Entry<Region, Integer> first = scores.entrySet().iterator().next();
			Map.Entry<Region, Integer> leader = ranked.get(0);
			if (leader.getValue() < FIRST_MENTION_MARGIN * first.getValue()) {
				return first.getKey().name();
			}
		}
		int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
		return ranked.get(0).getValue() >= 1.5 * second ? ranked.get(0).getKey().name() : null;
	}

	private static void count(String s, int weight, Map<Region, Integer> scores) {
		if (s == null) {
			return;
		}
		for (int i = 0; i < s.length(); i++) {
			Name[] candidates = BY_FIRST_CHAR[s.charAt(i)];
			if (candidates == null) {
				continue;
			}
			for (Name n : candidates) { // longest first
				if (s.startsWith(n.text, i)) {
					scores.merge(n.region, weight, Integer::sum);
					i += n.text.length() - 1;
					break;
				}
			}
		}
	}

	private static void countDocumentNumbers(String line, Map<Region, Integer> scores) {
		if (line.indexOf('〔') < 0 && line.indexOf('[') < 0 && line.indexOf('［') < 0 && line.indexOf('(') < 0
				&& line.indexOf('（') < 0) {
			return; // cheap test first: the pattern is a long alternation
		}
		Matcher m = DOCUMENT_NUMBER.matcher(line);
		while (m.find()) {
			for (Region r : Regions.ALL) {
				if (r.abbreviations().contains(m.group(1))) {
					scores.merge(r, 5, Integer::sum);
				}
			}
		}
	}

	private static Name[][] index() {
		Map<Character, List<Name>> map = new HashMap<>();
		for (Region r : Regions.ALL) {
			for (String name : r.names()) {
				map.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(new Name(name, r));
			}
		}
		Name[][] index = new Name[0x10000][];
		map.forEach((c, list) -> {
			list.sort(Comparator.comparingInt((Name n) -> n.text.length()).reversed());
			index[c] = list.toArray(new Name[0]);
		});
		return index;
	}

	/** 闽政〔2020〕3号, 粤府办[2019]12号, 京政发（2018）5号: abbreviation, issuing-body letters, year. */
	private static Pattern documentNumberPattern() {
		StringBuilder alternatives = new StringBuilder();
		for (Region r : Regions.ALL) {
			for (String a : r.abbreviations()) {
				alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(a)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return Pattern.compile("(" + alternatives //$NON-NLS-1$
				+ ")(?:政|委|府|办|辦|发|發|人社|教|财|財|农|農)[\\p{IsHan}]{0,3}[〔\\[［(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）]"); //$NON-NLS-1$
	}
}
