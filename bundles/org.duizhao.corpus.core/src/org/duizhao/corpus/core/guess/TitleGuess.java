package org.duizhao.corpus.core.guess;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.BoilerplateRules;
import org.duizhao.text.core.normalize.Marks;

/**
 * Guesses a title. Looks at, in order: the title the file declares (HTML {@code <title>}, PDF
 * information; a site name after {@code _}, {@code |} or {@code -} is cut off), then the first
 * {@value #HEAD_LINES} non-blank lines for one that is 4–{@value #MAX_LENGTH} characters long and is
 * not page furniture (URLs, breadcrumbs, "来源", "发布时间", contact lines, bare dates …, and lines the
 * default boilerplate rules mark), not a salutation (各位代表：, 同志们：) and not a sentence of the body
 * (it ends in 。！？), then the file name. Eight government work reports once all got the title
 * 各位代表：, and a forum page its footer.
 */
final class TitleGuess {

	static final int HEAD_LINES = 15;
	static final int MAX_LENGTH = 80;
	private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*(_|\\||｜|\\s-\\s|\\s—{1,2}\\s)\\s*"); //$NON-NLS-1$
	/** Two or more path separators: a breadcrumb such as 首页 &gt; 要闻 &gt; 正文. */
	private static final Pattern BREADCRUMB = Pattern.compile("[>＞»›/／].*[>＞»›/／]"); //$NON-NLS-1$
	private static final Pattern NO_WORDS = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s年月日号時时分:：]*"); //$NON-NLS-1$
	private static final List<String> FURNITURE = List.of("http", "www.", ".com", ".cn", "来源", "來源", "作者", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"发布", "發佈", "發布", "时间", "時間", "编辑", "編輯", "点击", "點擊", "浏览", "瀏覽", "阅读", "閱讀", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"字号", "字號", "打印", "关闭", "關閉", "分享", "首页", "首頁", "当前位置", "當前位置", "您的位置", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"联系", "聯繫", "聯系", "电话", "電話", "qq", "微信", "邮箱", "郵箱", "登录", "登錄", "注册", "註冊", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"返回", "关键词", "關鍵詞", "责任", "責任"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** A short line of address ending in a colon, with a word only an address has. */
	private static final Pattern SALUTATION = Pattern.compile(
			"^(尊敬的|親愛的|亲爱的)?[\\p{IsHan}、，,\\s]{0,24}(代表|同志|朋友|来宾|來賓|嘉宾|嘉賓|女士|先生|领导|領導|委员|委員|老师|老師|同学|同學|各位|大家)[\\p{IsHan}、，,\\s]{0,8}[：:]$"); //$NON-NLS-1$
	/** A line that ends a sentence is body text, not a title. */
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]\\s*[”」』\"]?$"); //$NON-NLS-1$
	private static final BoilerplateRules BOILERPLATE = BoilerplateRules.defaults();

	private TitleGuess() {
	}

	static String guess(Lines lines, String declared, String fileName) {
		String fromFile = declared == null ? null : withoutSiteName(Lines.trim(declared));
		if (fromFile != null && !fromFile.isEmpty() && !isSalutation(fromFile) && !isBoilerplate(fromFile)) {
			return withoutGlosses(fromFile);
		}
		for (String line : lines.head(HEAD_LINES)) {
			if (isTitleLike(line)) {
				return withoutGlosses(line);
			}
		}
		return baseName(fileName);
	}

	/** A title names the document in lists and tabs: pinyin glosses such as 長(cháng) only clutter it. */
	private static String withoutGlosses(String title) {
		List<TextRange> glosses = Marks.glosses(title);
		if (glosses.isEmpty()) {
			return title;
		}
		StringBuilder out = new StringBuilder(title);
		for (int k = glosses.size() - 1; k >= 0; k--) {
			out.delete(glosses.get(k).start(), glosses.get(k).end());
		}
		return out.toString();
	}

	static boolean isTitleLike(String line) {
		int length = Lines.length(line);
		if (length < 4 || length > MAX_LENGTH || NO_WORDS.matcher(line).matches() || BREADCRUMB.matcher(line).find()) {
			return false;
		}
		if (isSalutation(line) || SENTENCE_END.matcher(line).find() || line.startsWith("——") //$NON-NLS-1$
				|| isBoilerplate(line)) {
			return false;
		}
		String lower = line.toLowerCase(Locale.ROOT);
		return FURNITURE.stream().noneMatch(lower::contains);
	}

	static boolean isSalutation(String line) {
		return SALUTATION.matcher(line).matches();
	}

	/** The rules are written for folded text; folding the colon and comma is enough for titles. */
	private static boolean isBoilerplate(String line) {
		String folded = line.replace('：', ':').replace('，', ',').replace('（', '(').replace('）', ')');
		return BOILERPLATE.match(folded) != null;
	}

	private static String withoutSiteName(String title) {
		String[] parts = SITE_SEPARATOR.split(title, 2);
		return parts.length == 2 && Lines.length(parts[0]) >= 4 ? parts[0] : title;
	}

	private static String baseName(String fileName) {
		if (fileName == null) {
			return null;
		}
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
