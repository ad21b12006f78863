package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The English and Chinese report strings: same keys, same placeholders, the Chinese really Chinese. */
class MessagesTest {

	private static ResourceBundle file(String name) throws Exception {
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new PropertyResourceBundle(in);
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{(\\d+)\\}").matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void chineseHasEveryKeyWithTheSamePlaceholders() throws Exception {
		ResourceBundle en = file("messages.properties");
		ResourceBundle zh = file("messages_zh.properties");
		assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
		for (String key : en.keySet()) {
			assertThat(placeholders(zh.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
			if (!key.equals("location")) {
				assertThat(zh.getString(key)).as(key).containsPattern("\\p{IsHan}");
			}
		}
		assertThat(Messages.legend).isNotBlank();
	}
}
