package org.duizhao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a bundle's user-visible strings ({@code Messages extends NLS} with
 * {@code messages.properties} and {@code messages_zh.properties} beside it): every field has an
 * English message, the Chinese file has the same keys with the same placeholders, and each Chinese
 * message holds Chinese, so nothing ships half translated.
 */
public final class MessageFiles {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*\\}"); //$NON-NLS-1$

	private MessageFiles() {
	}

	/**
	 * @param messages the {@code Messages} class
	 * @param languageNeutral keys whose Chinese text may hold no Chinese (a number format, say)
	 */
	public static void check(Class<?> messages, String... languageNeutral) {
		ResourceBundle en = file(messages, "messages.properties"); //$NON-NLS-1$
		ResourceBundle zh = file(messages, "messages_zh.properties"); //$NON-NLS-1$
		assertEquals(fields(messages), new TreeSet<>(en.keySet()), "fields and English keys"); //$NON-NLS-1$
		assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()), "English and Chinese keys"); //$NON-NLS-1$
		Set<String> neutral = Set.of(languageNeutral);
		for (String key : en.keySet()) {
			assertEquals(placeholders(en.getString(key)), placeholders(zh.getString(key)), key);
			if (!neutral.contains(key)) {
				assertTrue(zh.getString(key).codePoints().anyMatch(cp -> cp >= 0x3000), key + " is not translated"); //$NON-NLS-1$
			}
		}
	}

	/** @return the numbers of the {@code {n}} placeholders of {@code message} */
	public static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Set<String> fields(Class<?> messages) {
		Set<String> out = new TreeSet<>();
		for (Field f : messages.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
				out.add(f.getName());
			}
		}
		return out;
	}

	private static ResourceBundle file(Class<?> messages, String name) {
		try (InputStream in = messages.getResourceAsStream(name)) {
			assertNotNull(in, name);
			return new PropertyResourceBundle(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
