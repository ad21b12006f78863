package org.duizhao.annotations.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.internal.qdpx.ZipLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile or broken .qdpx files are refused with a clear message and change nothing. */
class QdpxSafetyTest extends WithExchangeFixtures {

	private ExchangeFixture f;
	private List<String> before;

	@BeforeEach
	void setUp() throws IOException {
		f = ExchangeFixture.coded(tmp, "p"); //$NON-NLS-1$
		before = f.signatures();
	}

	private void assertRefused(Path file, ZipLimits limits, String messagePart) {
		AnnotationExchange x = new AnnotationExchange(f.project, f.store, "x", limits); //$NON-NLS-1$
		assertThatThrownBy(() -> x.importFile(file, null)).isInstanceOf(ExchangeException.class)
				.hasMessageContaining(messagePart);
		assertThat(f.project.documents()).hasSize(2);
		try {
			assertThat(f.signatures()).isEqualTo(before);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void aZipBombIsRefusedByItsRatio() throws IOException {
		Path bomb = Zips.zeros(tmp.resolve("bomb.qdpx"), "sources/s.txt", 8L << 20); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(Files.size(bomb)).isLessThan(100_000);
		assertRefused(bomb, ZipLimits.defaults(), "zip bomb"); //$NON-NLS-1$
	}

	@Test
	void aZipThatInflatesBeyondTheTotalIsRefused() throws IOException {
		Path big = Zips.write(tmp.resolve("big.qdpx"), Map.of("project.qde", "x".repeat(5000), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"sources/s.txt", "y".repeat(5000))); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(big, new ZipLimits(100, 8000, 1000, 1L << 20), "8000"); //$NON-NLS-1$
	}

	@Test
	void tooManyEntriesAreRefusedBeforeAnythingIsInflated() throws IOException {
		Map<String, String> many = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 30; i++) {
			many.put("sources/" + i + ".txt", "t"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		assertRefused(Zips.write(tmp.resolve("many.qdpx"), many), new ZipLimits(20, 1L << 20, 100, 1L << 20), "30"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void entryNamesThatClimbOutOfTheirFolderAreRefused() throws IOException {
		for (String name : List.of("../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:/x.txt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"sources\\..\\x.txt")) { //$NON-NLS-1$
			Path z = Zips.write(tmp.resolve("trav.qdpx"), //$NON-NLS-1$
					QdpxExchangeTest.entries(QdpxExchangeTest.qde(""), "t")); //$NON-NLS-1$ //$NON-NLS-2$
			Path withBad = addEntry(z, name);
			assertRefused(withBad, ZipLimits.defaults(), name);
		}
	}

	private Path addEntry(Path zip, String name) throws IOException {
		Map<String, String> m = new java.util.LinkedHashMap<>(
				QdpxExchangeTest.entries(QdpxExchangeTest.qde(""), "t")); //$NON-NLS-1$ //$NON-NLS-2$
		m.put(name, "evil"); //$NON-NLS-1$
		return Zips.write(zip, m);
	}

	@Test
	void aFileThatIsNoZipIsRefused() throws IOException {
		Path file = tmp.resolve("text.qdpx"); //$NON-NLS-1$
		Files.writeString(file, "not a zip at all"); //$NON-NLS-1$
		assertRefused(file, ZipLimits.defaults(), "text.qdpx"); //$NON-NLS-1$
	}

	@Test
	void aZipWithoutProjectQdeIsRefused() throws IOException {
		Path file = Zips.write(tmp.resolve("noproject.qdpx"), Map.of("sources/s.txt", "t")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertRefused(file, ZipLimits.defaults(), "project.qde"); //$NON-NLS-1$
	}

	@Test
	void malformedXmlIsRefusedWithItsLine() throws IOException {
		String broken = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">\n<Users>\n</Project>"; //$NON-NLS-1$
		Path file = Zips.write(tmp.resolve("broken.qdpx"), QdpxExchangeTest.entries(broken, "t")); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(file, ZipLimits.defaults(), "line 4"); //$NON-NLS-1$
	}

	@Test
	void aDoctypeIsRefusedSoNoExternalEntityIsRead() throws IOException {
		Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret"); //$NON-NLS-1$ //$NON-NLS-2$
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&s;\"/>"; //$NON-NLS-1$
		Path file = Zips.write(tmp.resolve("xxe.qdpx"), QdpxExchangeTest.entries(xxe, "t")); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(file, ZipLimits.defaults(), "DOCTYPE"); //$NON-NLS-1$
	}

	@Test
	void anotherRootElementIsRefused() throws IOException {
		Path file = Zips.write(tmp.resolve("other.qdpx"), QdpxExchangeTest.entries("<CodeBook/>", "t")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertRefused(file, ZipLimits.defaults(), "CodeBook"); //$NON-NLS-1$
	}

	@Test
	void anUnknownExtensionIsRefused() throws IOException {
		Path file = Files.writeString(tmp.resolve("codes.xlsx"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(file, ZipLimits.defaults(), "codes.xlsx"); //$NON-NLS-1$
	}
}
