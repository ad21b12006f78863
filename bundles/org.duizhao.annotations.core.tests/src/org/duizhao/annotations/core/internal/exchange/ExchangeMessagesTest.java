package org.duizhao.annotations.core.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** The exchange messages: same keys and placeholders in English and Chinese, every field backed. */
class ExchangeMessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}"); //$NON-NLS-1$

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
	void chineseHasEveryKeyWithTheSamePlaceholdersAndIsChinese() throws IOException {
		ResourceBundle en = file("messages.properties"); //$NON-NLS-1$
		ResourceBundle zh = file("messages_zh.properties"); //$NON-NLS-1$
		assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
		for (String key : en.keySet()) {
			assertThat(placeholders(zh.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
			assertThat(zh.getString(key).codePoints().anyMatch(cp -> cp >= 0x3000)).as(key).isTrue();
		}
	}

	@Test
	void everyFieldHasAMessageAndBindingKeepsEveryArgument() throws IOException {
		Set<String> fields = new TreeSet<>();
		for (Field f : Messages.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
				fields.add(f.getName());
			}
		}
		ResourceBundle en = file("messages.properties"); //$NON-NLS-1$
		assertThat(new TreeSet<>(en.keySet())).isEqualTo(fields);
		for (String name : new String[] { "messages.properties", "messages_zh.properties" }) { //$NON-NLS-1$ //$NON-NLS-2$
			ResourceBundle b = file(name);
			for (String key : b.keySet()) {
				Object[] args = placeholders(b.getString(key)).stream().map(n -> "ARG" + n).toArray(); //$NON-NLS-1$
				String bound = NLS.bind(b.getString(key), args);
				for (Object arg : args) {
					assertThat(bound).as(name + ' ' + key).contains(arg.toString());
				}
			}
		}
	}
}
