package org.duizhao.report.core.internal.pdf;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.duizhao.report.core.PdfFontSetting;

/**
 * Where the PDF's fonts come from: the font a researcher named (if any, and which setting named it)
 * and the folders searched for the rest. {@link #fromEnvironment()} reads the settings in the order
 * {@link PdfFontSetting} documents; tests build one with their own folders.
 *
 * @param font the named font file, or {@code null}
 * @param origin the setting that named it (for messages), or {@code null}
 * @param folders the folders searched for fonts, most specific first
 */
public record FontSource(Path font, String origin, List<Path> folders) {

	/** The system property that replaces the system's font folders (path-separated list). */
	public static final String FOLDERS_PROPERTY = "duizhao.report.fontFolders"; //$NON-NLS-1$

	/** @return the settings of this process: property, environment, preference, system folders */
	public static FontSource fromEnvironment() {
		return from(System.getProperties(), System.getenv(), PreferenceFont.read());
	}

	static FontSource from(java.util.Properties properties, Map<String, String> env, String preference) {
		List<Path> folders = folders(properties, env);
		String property = properties.getProperty(PdfFontSetting.PROPERTY);
		if (!blank(property)) {
			return new FontSource(Path.of(property.trim()), "--font / -D" + PdfFontSetting.PROPERTY, folders); //$NON-NLS-1$
		}
		String variable = env.get(PdfFontSetting.ENVIRONMENT);
		if (!blank(variable)) {
			return new FontSource(Path.of(variable.trim()), PdfFontSetting.ENVIRONMENT, folders);
		}
		if (!blank(preference)) {
			return new FontSource(Path.of(preference.trim()), Messages.preferenceName, folders);
		}
		return new FontSource(null, null, folders);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static List<Path> folders(java.util.Properties properties, Map<String, String> env) {
		String listed = properties.getProperty(FOLDERS_PROPERTY);
		if (listed != null) {
			List<Path> folders = new ArrayList<>();
			for (String f : listed.split(File.pathSeparator)) {
				if (!f.isBlank()) {
					folders.add(Path.of(f.trim()));
				}
			}
			return folders;
		}
		return systemFolders(properties.getProperty("os.name", ""), Path.of(properties.getProperty("user.home", ".")), env); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** @return the font folders of the system named {@code os}: per user first, then shared */
	static List<Path> systemFolders(String os, Path home, Map<String, String> env) {
		String name = os.toLowerCase(Locale.ROOT);
		List<Path> folders = new ArrayList<>();
		if (name.startsWith("windows")) { //$NON-NLS-1$
			String local = env.get("LOCALAPPDATA"); //$NON-NLS-1$
			if (local != null) {
				folders.add(Path.of(local, "Microsoft", "Windows", "Fonts")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			folders.add(Path.of(env.getOrDefault("WINDIR", "C:\\Windows"), "Fonts")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (name.contains("mac")) { //$NON-NLS-1$
			folders.add(home.resolve("Library/Fonts")); //$NON-NLS-1$
			folders.add(Path.of("/Library/Fonts")); //$NON-NLS-1$
			folders.add(Path.of("/System/Library/Fonts")); //$NON-NLS-1$
		} else {
			String dataHome = env.get("XDG_DATA_HOME"); //$NON-NLS-1$
			folders.add(dataHome == null ? home.resolve(".local/share/fonts") : Path.of(dataHome, "fonts")); //$NON-NLS-1$ //$NON-NLS-2$
			folders.add(home.resolve(".fonts")); //$NON-NLS-1$
			String dataDirs = env.getOrDefault("XDG_DATA_DIRS", "/usr/local/share:/usr/share"); //$NON-NLS-1$ //$NON-NLS-2$
			for (String d : dataDirs.split(":")) { //$NON-NLS-1$
				if (!d.isBlank()) {
					folders.add(Path.of(d, "fonts")); //$NON-NLS-1$
				}
			}
		}
		return folders;
	}
}
