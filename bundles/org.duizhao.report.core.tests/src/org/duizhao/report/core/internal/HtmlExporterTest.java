package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportSelection;
import org.junit.jupiter.api.Test;

/** HTML reports from a real project: colours, overlaps, footnotes, and hostile memos kept inert. */
class HtmlExporterTest extends WithReportFixture {

	static final Set<String> OUR_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2",
			"h3", "table", "tr", "th", "td", "section", "div", "mark", "sup", "a", "ol", "li", "dl", "dt", "dd", "p",
			"span");
	static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
			+ "<a href=\"javascript:alert(3)\">x</a>' \" &amp;";

	static String html(Report report) throws Exception {
		byte[] out = ReportFixture.written(new HtmlExporter(), report);
		// strict decoding: malformed UTF-8 (e.g. from an unpaired surrogate) fails here
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(out)).toString();
	}

	static Set<String> tags(String html) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
		while (m.find()) {
			found.add(m.group(1).toLowerCase());
		}
		return found;
	}

	private static final Set<String> OUR_ATTRIBUTES = Set.of("xmlns", "lang", "charset", "http-equiv", "content", "class",
			"style", "title", "id", "href");
	private static final Pattern TAG = Pattern.compile("</?([a-z0-9]+)((?:\\s+[a-z-]+=\"[^\"<]*\")*)\\s*/?>");
	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

	/** Every '<' opens one of our tags, with only our attributes, and links stay inside the file. */
	static void onlyOurAttributes(String html) {
		for (int i = html.indexOf('<', 1); i >= 0; i = html.indexOf('<', i + 1)) {
			Matcher tag = TAG.matcher(html).region(i, html.length());
			assertThat(tag.lookingAt()).as(html.substring(i, Math.min(html.length(), i + 60))).isTrue();
			Matcher a = ATTRIBUTE.matcher(tag.group(2));
			while (a.find()) {
				assertThat(OUR_ATTRIBUTES).contains(a.group(1));
				if (a.group(1).equals("xmlns")) {
					assertThat(a.group(2)).isEqualTo("http://www.w3.org/1999/xhtml");
				}
				if (a.group(1).equals("href")) {
					assertThat(a.group(2)).startsWith("#");
				}
				if (a.group(1).equals("style")) {
					assertThat(a.group(2)).doesNotContain("url(").doesNotContain("expression");
				}
			}
		}
	}

	@Test
	void overlapsColoursFootnotesLegendAndMetadata() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry);
		f.code(f.gansu, "特色农业，加强", "乙", "第二位编码者的备忘", f.talent);
		f.store.createMemo(f.gansu.id(), "总体", "文档备忘", "甲");
		String html = html(ReportBuilder.documents(f.project, f.store,
				new ReportSelection(java.util.List.of("gansu.txt"), null, null), null));
		assertThat(html).contains("<mark style=\"background:#ffd966\" title=\"产业\">发展</mark>");
		assertThat(html).contains("<mark class=\"ov\" style=\"background:linear-gradient(to bottom,#ffd966 0% 50%,#b6d7a8 50% 100%)\" title=\"产业 · 人才\">特色农业</mark>");
		assertThat(html).contains("<mark style=\"background:#b6d7a8\" title=\"人才\">，加强</mark><sup class=\"fn\"><a id=\"r1-1\" href=\"#n1-1\">1</a></sup>");
		assertThat(html).contains("<li id=\"n1-1\">").contains("第二位编码者的备忘").contains("文档备忘");
		assertThat(html).contains("𠮷县产业扶贫通知").contains("gansu.txt");
		assertThat(html).contains("<td class=\"num\">1</td>");
		assertThat(tags(html)).isSubsetOf(OUR_TAGS);
		onlyOurAttributes(html);
	}

	@Test
	void hostileMemosTextsAndNamesStayInertText() throws Exception {
		var code = f.store.createCode(null, "<b onmouseover=alert(4)>码</b>", null, null, null);
		f.code(f.gansu, "人才联育", "<i>coder</i>", HOSTILE, code);
		f.store.createMemo(f.gansu.id(), "<script>", HOSTILE, "x");
		for (Report r : new Report[] { ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null),
				ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null) }) {
			String html = html(r);
			assertThat(tags(html)).isSubsetOf(OUR_TAGS);
			assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
					.doesNotContainIgnoringCase("href=\"javascript")
					;
			onlyOurAttributes(html);
			assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
					.contains("&lt;a href=&quot;javascript:alert(3)&quot;&gt;x&lt;/a&gt;&#39; &quot; &amp;amp;")
					.contains("&lt;b onmouseover=alert(4)&gt;码&lt;/b&gt;");
		}
	}

	@Test
	void controlCharactersAndUnpairedSurrogatesNeverBreakTheFile() throws Exception {
		// the SQLite store already turns lone surrogates into '?', so the model is built by hand here
		String bad = "a\u0000b\u0007c\ud800d\udc00e𠮷f\u0085g";
		String text = "𠮷" + bad + "<b>\n";
		Annotation a = new Annotation("a1", f.gansu.id(), 1, 1, 3, new TextQuote("a\u0000", bad, bad), List.of(),
				bad, bad, Instant.EPOCH, null, null, 1);
		Passage p = new Passage(a, List.of(f.talent));
		Memo m = new Memo("m1", f.gansu.id(), bad, bad, bad, Instant.EPOCH, null, 1);
		DocumentReport r = new DocumentReport(bad, List.of(new AnnotatedDocument(f.gansu, text, List.of(p), List.of(m), 0)),
				List.of(new LegendEntry(f.talent, bad, 1, 2, 0.1)));
		String html = html(r);
		String clean = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe𠮷f\uFFFDg";
		assertThat(html).contains(clean).doesNotContain("\u0000").doesNotContain("\u0007").doesNotContain("\u0085");
		assertThat(html).contains("<div class=\"text\">𠮷<mark style=\"background:#b6d7a8\" title=\"人才\">a\uFFFD</mark>");
		assertThat(html).contains("&lt;b&gt;");
		assertThat(tags(html)).isSubsetOf(OUR_TAGS);
	}
}
