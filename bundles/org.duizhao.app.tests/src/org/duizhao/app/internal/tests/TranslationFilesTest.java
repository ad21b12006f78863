package org.duizhao.app.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Each translation in the fragments {@code org.duizhao.nl.zh.*} names a key its host still has (a
 * key the host renamed or a typo would silently leave the English text), keeps the host's
 * arguments ({0}, {1}: a lost one drops a file name from a message) and has a mnemonic exactly where
 * the English has one.
 */
class TranslationFilesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}"); //$NON-NLS-1$

	@ParameterizedTest
	@ValueSource(strings = { "org.duizhao.nl.zh.jface", "org.duizhao.nl.zh.workbench", "org.duizhao.nl.zh.ui", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"org.duizhao.nl.zh.views", "org.duizhao.nl.zh.renderers" }) //$NON-NLS-1$ //$NON-NLS-2$
	void everyTranslationMatchesItsHostsKey(String fragmentId) throws IOException {
		Bundle fragment = Platform.getBundle(fragmentId);
		assertThat(fragment).as(fragmentId).isNotNull();
		String hostId = fragment.getHeaders("").get(Constants.FRAGMENT_HOST).split(";")[0].strip(); //$NON-NLS-1$ //$NON-NLS-2$
		Bundle host = Platform.getBundle(hostId);
		List<URL> files = Collections.list(fragment.findEntries("/", "*_zh.properties", true)); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(files).as("translations in %s", fragmentId).isNotEmpty();
		for (URL file : files) {
			String path = file.getPath();
			URL english = host.getEntry(path.replace("_zh.properties", ".properties")); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(english).as("%s's original of %s", hostId, path).isNotNull();
			check(path, load(file), load(english));
		}
	}

	private static void check(String path, Properties chinese, Properties english) {
		assertThat(chinese).as(path).isNotEmpty();
		for (String key : chinese.stringPropertyNames()) {
			String zh = chinese.getProperty(key);
			String en = english.getProperty(key);
			assertThat(en).as("%s: key %s in the host", path, key).isNotNull();
			assertThat(arguments(zh)).as("%s: arguments of %s", path, key).isEqualTo(arguments(en));
			assertThat(hasMnemonic(zh)).as("%s: mnemonic of %s (%s)", path, key, zh).isEqualTo(hasMnemonic(en));
			assertThat(zh).as("%s: %s is translated", path, key).isNotBlank();
		}
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(message);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	private static boolean hasMnemonic(String label) {
		return label.replace("&&", "").contains("&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}
}
