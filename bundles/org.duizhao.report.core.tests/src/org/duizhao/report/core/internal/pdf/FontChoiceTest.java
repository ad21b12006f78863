package org.duizhao.report.core.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.duizhao.report.core.PdfFontSetting;
import org.duizhao.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** Where the PDF's fonts come from, and which are chosen for a text. */
class FontChoiceTest {

	private static final Path HOME = Path.of("/home/r"); //$NON-NLS-1$

	private static BitSet codePoints(String text) {
		BitSet set = new BitSet();
		text.codePoints().forEach(set::set);
		return set;
	}

	@Test
	void theSettingsApplyInOrderPropertyEnvironmentPreference() {
		Properties p = new Properties();
		p.setProperty("os.name", "Linux"); //$NON-NLS-1$ //$NON-NLS-2$
		p.setProperty("user.home", HOME.toString()); //$NON-NLS-1$
		Map<String, String> env = Map.of(PdfFontSetting.ENVIRONMENT, "/env.ttf"); //$NON-NLS-1$
		assertThat(FontSource.from(p, Map.of(), null).font()).isNull();
		assertThat(FontSource.from(p, Map.of(), "/pref.ttc").font()).isEqualTo(Path.of("/pref.ttc")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(FontSource.from(p, env, "/pref.ttc").origin()).isEqualTo(PdfFontSetting.ENVIRONMENT); //$NON-NLS-1$
		p.setProperty(PdfFontSetting.PROPERTY, "/prop.ttf"); //$NON-NLS-1$
		FontSource s = FontSource.from(p, env, "/pref.ttc"); //$NON-NLS-1$
		assertThat(s.font()).isEqualTo(Path.of("/prop.ttf")); //$NON-NLS-1$
		assertThat(s.origin()).contains("--font").contains(PdfFontSetting.PROPERTY); //$NON-NLS-1$
		assertThat(s.folders()).startsWith(HOME.resolve(".local/share/fonts"), HOME.resolve(".fonts")) //$NON-NLS-1$ //$NON-NLS-2$
				.contains(Path.of("/usr/share/fonts")); //$NON-NLS-1$
		p.setProperty(FontSource.FOLDERS_PROPERTY, "/a" + java.io.File.pathSeparator + "/b"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(FontSource.from(p, env, null).folders()).containsExactly(Path.of("/a"), Path.of("/b")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void systemFoldersPerSystem() {
		assertThat(FontSource.systemFolders("Windows 11", HOME, Map.of("WINDIR", "D:\\Win", "LOCALAPPDATA", "C:\\u"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.containsExactly(Path.of("C:\\u", "Microsoft", "Windows", "Fonts"), Path.of("D:\\Win", "Fonts")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(FontSource.systemFolders("Mac OS X", HOME, Map.of())).containsExactly(HOME.resolve("Library/Fonts"), //$NON-NLS-1$ //$NON-NLS-2$
				Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(FontSource.systemFolders("Linux", HOME, Map.of("XDG_DATA_DIRS", "/opt/share"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.containsExactly(HOME.resolve(".local/share/fonts"), HOME.resolve(".fonts"), Path.of("/opt/share/fonts")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theChosenFacesCoverTheTextIncludingARareCharacterWhenAnInstalledFontHasIt() throws Exception {
		assumeTrue(Fonts.installed(), "no Chinese TrueType font installed"); //$NON-NLS-1$
		String text = "对照报告：产业协作。𠮷𪚥"; //$NON-NLS-1$
		FontSource system = FontSource.fromEnvironment();
		List<FontFace> chosen = FontChoice.choose(new FontSource(null, null, system.folders()), codePoints(text));
		assertThat(chosen).isNotEmpty();
		assertThat(chosen.stream().map(FontFace::file).distinct()).hasSameSizeAs(chosen);
		for (int cp : text.codePoints().toArray()) {
			boolean anyInstalled = FontCatalog.hanFaces(system.folders()).stream().anyMatch(f -> f.covers(cp));
			assertThat(chosen.stream().anyMatch(f -> f.covers(cp))).as(Character.toString(cp)).isEqualTo(anyInstalled);
		}
		// a named font comes first, the found ones fill in what it lacks
		FontFace first = chosen.get(chosen.size() - 1);
		List<FontFace> named = FontChoice.choose(new FontSource(first.file(), "test", system.folders()), codePoints(text)); //$NON-NLS-1$
		assertThat(named.get(0).file()).isEqualTo(first.file());
	}

	@Test
	void aCffFontIsRefusedWithTheReason() throws Exception {
		Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"); //$NON-NLS-1$
		assumeTrue(Files.isRegularFile(noto), "Noto Sans CJK not installed"); //$NON-NLS-1$
		assertThatThrownBy(() -> FontChoice.choose(new FontSource(noto, "--font", List.of()), codePoints("中"))) //$NON-NLS-1$ //$NON-NLS-2$
				.hasMessageContaining("CFF").hasMessageContaining(noto.toString()).hasMessageContaining("--font"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void cssStringsEscapeEverythingButLettersAndDigits() {
		assertThat(PrintDocument.cssString("对照 A1\"}\\;")).isEqualTo("\"对照 A1\\22 \\7d \\5c \\3b \""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void messagesAreTranslated() {
		MessageFiles.check(Messages.class);
		assertThat(Messages.noFont).contains("--font").contains(PdfFontSetting.PROPERTY).contains(PdfFontSetting.ENVIRONMENT); //$NON-NLS-1$
	}
}
