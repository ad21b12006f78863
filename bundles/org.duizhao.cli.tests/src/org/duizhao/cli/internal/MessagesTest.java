package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** The English and Chinese messages: same keys, same placeholders, and the Chinese really Chinese. */
class MessagesTest {

	private static final String BASE = "org.duizhao.cli.internal.messages";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	/** @return the file itself, not a bundle that falls back to another file for missing keys */
	private static ResourceBundle file(String name) throws IOException {
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new PropertyResourceBundle(in);
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void chineseHasEveryKeyWithTheSamePlaceholders() throws IOException {
		ResourceBundle en = file("messages.properties");
		ResourceBundle zh = file("messages_zh.properties");
		assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
		for (String key : en.keySet()) {
			assertThat(placeholders(zh.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
		}
	}

	@Test
	void everyFieldHasAMessageAndEveryMessageAField() throws IOException {
		Set<String> fields = new TreeSet<>();
		for (Field f : Messages.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
				fields.add(f.getName());
			}
		}
		assertThat(new TreeSet<>(file("messages.properties").keySet())).isEqualTo(fields);
	}

	@Test
	void chineseBundleIsFoundForAChineseLocale() {
		for (Locale locale : new Locale[] { Locale.CHINESE, Locale.SIMPLIFIED_CHINESE,
				Locale.forLanguageTag("zh-Hans-CN") }) {
			ResourceBundle zh = ResourceBundle.getBundle(BASE, locale, Messages.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			assertThat(zh.getString("Help_usageLabel")).as(locale.toString()).isEqualTo("用法：");
			assertThat(zh.getString("Import_description")).contains("导入");
		}
	}

	@Test
	void chineseMessagesAreTranslated() throws IOException {
		ResourceBundle zh = file("messages_zh.properties");
		for (String key : zh.keySet()) {
			// every message holds at least one Chinese character or full-width sign
			assertThat(zh.getString(key).codePoints().anyMatch(cp -> TextWidth.columns(cp) == 2)).as(key).isTrue();
		}
	}

	@Test
	void bindingKeepsEveryArgumentInBothLanguages() throws IOException {
		for (String name : new String[] { "messages.properties", "messages_zh.properties" }) {
			ResourceBundle bundle = file(name);
			for (String key : bundle.keySet()) {
				String message = bundle.getString(key);
				Object[] args = placeholders(message).stream().map(n -> "ARG" + n).toArray();
				String bound = NLS.bind(message, args);
				for (Object arg : args) {
					// a lone apostrophe would quote the placeholder and lose the argument
					assertThat(bound).as(name + " " + key).contains(arg.toString());
				}
				assertThat(bound).as(name + " " + key).doesNotContain("{");
			}
		}
	}

	@Test
	void englishIsTheDefault() {
		assertThat(Messages.Help_usageLabel).isEqualTo("usage:");
		assertThat(NLS.bind(Messages.Compare_badFormat, "pdf")).isEqualTo("--format takes json, html or text, not 'pdf'");
		assertThat(Messages.reason(org.duizhao.corpus.core.SkipReason.TOO_LARGE)).isEqualTo("too_large");
		assertThat(Arrays.stream(org.duizhao.corpus.core.SkipReason.values()).map(Messages::reason)).doesNotContainNull();
	}
}
