package org.duizhao.corpus.core.guess;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the issue date. Looks at the title, then the first {@value #HEAD} lines (where scraped
 * pages put "发布时间"), then the last {@value #TAIL} lines (where documents are signed and dated),
 * then the rest; the first complete date found wins, else the first partial one. Understands
 * 2020年3月6日, 2020-03-06, 2020.03.06, 2020/3/6, full-width digits and 二〇二〇年三月六日; a year and
 * month alone give {@code yyyy-MM}. Years outside 1949–2099 are ignored.
 */
final class DateGuess {

	static final int HEAD = 10;
	static final int TAIL = 10;
	private static final Pattern YMD = Pattern
			.compile("(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]|[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d))"); //$NON-NLS-1$
	private static final Pattern YM = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月"); //$NON-NLS-1$
	private static final String HAN_DIGITS = "〇零○Ｏ一二三四五六七八九十"; //$NON-NLS-1$
	private static final Pattern HAN_YMD = Pattern
			.compile("([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?"); //$NON-NLS-1$

	private DateGuess() {
	}

	static String guess(Lines lines, String title) {
		List<String> order = new ArrayList<>();
		if (title != null) {
			order.add(title);
		}
		order.addAll(lines.head(HEAD));
		order.addAll(lines.tailReversed(TAIL));
		order.addAll(lines.all());
		String partial = null;
		for (String line : order) {
			if (!mightHoldDate(line)) {
				continue;
			}
			String s = asciiDigits(line);
			String full = complete(s);
			if (full != null) {
				return full;
			}
			if (partial == null) {
				partial = yearMonth(s);
			}
		}
		return partial;
	}

	/*
	 * The patterns are tried only where a date can start (a run of exactly four digits, four
	 * characters before 年): running them at every position of long lines was the importer's
	 * bottleneck.
	 */
	private static String complete(String s) {
		Matcher m = YMD.matcher(s);
		for (int at = nextYear(s, 0); at >= 0; at = nextYear(s, at + 4)) {
			if (m.region(at, s.length()).lookingAt()) {
				String month = m.group(2) != null ? m.group(2) : m.group(4);
				String day = m.group(2) != null ? m.group(3) : m.group(5);
				String date = format(Integer.parseInt(m.group(1)), Integer.parseInt(month), Integer.parseInt(day));
				if (date != null) {
					return date;
				}
			}
		}
		Matcher h = HAN_YMD.matcher(s);
		for (int year = s.indexOf('年', 4); year >= 0; year = s.indexOf('年', year + 1)) {
			if (h.region(year - 4, s.length()).lookingAt()) {
				int y = hanYear(h.group(1));
				int month = hanNumber(h.group(2));
				String date = h.group(3) == null ? formatMonth(y, month) : format(y, month, hanNumber(h.group(3)));
				if (date != null) {
					return date;
				}
			}
		}
		return null;
	}

	private static String yearMonth(String s) {
		Matcher m = YM.matcher(s);
		for (int at = nextYear(s, 0); at >= 0; at = nextYear(s, at + 4)) {
			if (m.region(at, s.length()).lookingAt()) {
				String date = formatMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
				if (date != null) {
					return date;
				}
			}
		}
		return null;
	}

	/** @return the start of the next run of exactly four ASCII digits at or after {@code from}, or -1 */
	private static int nextYear(String s, int from) {
		int run = 0;
		for (int i = from; i <= s.length(); i++) {
			boolean digit = i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
			if (digit) {
				run++;
			} else {
				if (run == 4 && (i - 4 == 0 || !isDigit(s.charAt(i - 5)))) {
					return i - 4;
				}
				run = 0;
			}
		}
		return -1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static String format(int year, int month, int day) {
		String ym = formatMonth(year, month);
		return ym == null || day < 1 || day > 31 ? null : ym + String.format("-%02d", day); //$NON-NLS-1$
	}

	private static String formatMonth(int year, int month) {
		if (year < 1949 || year > 2099 || month < 1 || month > 12) {
			return null;
		}
		return String.format("%04d-%02d", year, month); //$NON-NLS-1$
	}

	/** 二〇二〇 → 2020, digit by digit. */
	private static int hanYear(String s) {
		int year = 0;
		for (int i = 0; i < s.length(); i++) {
			year = year * 10 + digit(s.charAt(i));
		}
		return year;
	}

	/** 六 → 6, 十 → 10, 十二 → 12, 二十六 → 26, 三十 → 30. */
	private static int hanNumber(String s) {
		int ten = s.indexOf('十');
		if (ten < 0) {
			return digit(s.charAt(0));
		}
		int tens = ten == 0 ? 1 : digit(s.charAt(0));
		int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
		return tens * 10 + units;
	}

	private static int digit(char c) {
		int i = HAN_DIGITS.indexOf(c);
		return i < 4 ? 0 : i - 3;
	}

	/** Every pattern needs 年 or four digits in a row: a cheap filter before the regular expressions. */
	private static boolean mightHoldDate(String line) {
		if (line.indexOf('年') >= 0) {
			return true;
		}
		int run = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			run = (c >= '0' && c <= '9') || (c >= '０' && c <= '９') ? run + 1 : 0;
			if (run == 4) {
				return true;
			}
		}
		return false;
	}

	private static String asciiDigits(String s) {
		if (s.chars().noneMatch(c -> c >= '０' && c <= '９')) {
			return s;
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
		}
		return sb.toString();
	}
}
