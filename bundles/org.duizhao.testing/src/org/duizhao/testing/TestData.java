package org.duizhao.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests find their material: the seed texts beside the repository (system property
 * {@code duizhao.seeds.dir}, else {@code ../shared/seeds} next to the folder holding
 * {@code bundles/}) and the sample corpus ({@code duizhao.samples.dir}, else
 * {@code samples/corpus} of the repository). A test that needs a seed is skipped when the seeds
 * are absent; the samples are part of the repository and must be there.
 */
public final class TestData {

	private TestData() {
	}

	/** @return the seed folder; skips the calling test if there is none */
	public static Path seedsDir() {
		Path dir = locate("duizhao.seeds.dir", "../shared/seeds"); //$NON-NLS-1$ //$NON-NLS-2$
		assumeTrue(dir != null, "seed corpus not found"); //$NON-NLS-1$
		return dir;
	}

	/** @return the seed file whose name starts with {@code prefix} (e.g. "003"); skips if absent */
	public static Path seed(String prefix) {
		Path found = seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.orElse(null);
		assumeTrue(found != null, "seed " + prefix + " not found"); //$NON-NLS-1$ //$NON-NLS-2$
		return found;
	}

	/** @return the text of the seed whose name starts with {@code prefix}; skips if absent */
	public static String seedText(String prefix) {
		try {
			return Files.readString(seed(prefix), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return all seed text files, sorted by name; skips if there are none */
	public static List<Path> seeds() {
		try (Stream<Path> files = Files.list(seedsDir())) {
			return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList(); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @return the word-segmented test set beside the repository ({@code ../shared/segmentation}: one
	 *         sentence a line, words separated by spaces); skips the calling test if it is absent
	 */
	public static Path segmentationSet() {
		Path dir = locate("duizhao.segmentation.dir", "../shared/segmentation"); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir == null ? null : dir.resolve("ud-gsdsimp-test.seg.txt"); //$NON-NLS-1$
		assumeTrue(file != null && Files.isRegularFile(file), "segmented test set not found"); //$NON-NLS-1$
		return file;
	}

	/** @return the sample corpus folder of the repository */
	public static Path samplesDir() {
		Path dir = locate("duizhao.samples.dir", "samples/corpus"); //$NON-NLS-1$ //$NON-NLS-2$
		if (dir == null) {
			throw new IllegalStateException("sample corpus not found (samples/corpus)"); //$NON-NLS-1$
		}
		return dir;
	}

	/** @return sample file {@code name} of the sample corpus */
	public static Path sample(String name) {
		return samplesDir().resolve(name);
	}

	private static Path locate(String property, String besideRoot) {
		String value = System.getProperty(property);
		if (value != null && Files.isDirectory(Path.of(value))) {
			return Path.of(value);
		}
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) { //$NON-NLS-1$
			if (Files.isDirectory(p.resolve("bundles")) && Files.isRegularFile(p.resolve("pom.xml"))) { //$NON-NLS-1$ //$NON-NLS-2$
				Path dir = p.resolve(besideRoot).normalize();
				return Files.isDirectory(dir) ? dir : null;
			}
		}
		return null;
	}
}
