package org.duizhao.analysis.core.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The reuse core stays plain Java: its classes (and the alignment classes they use) load, verify
 * and run in a class loader that sees only them and the JDK, and none of them names Eclipse, OSGi,
 * SWT or another Duizhao bundle. A distributed engine will run them so.
 */
class PurityTest {

	private static final String PREFIX = "org.duizhao.analysis.core."; //$NON-NLS-1$

	/** The classes the pure function needs, in and outside its package. */
	private static final List<String> CLASSES = List.of("reuse.CorpusReuse", "reuse.PairReuse", "reuse.MinHash", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"reuse.LshBands", "reuse.Shingles", "reuse.ReuseText", "reuse.ReusePair", "reuse.ReusePassage", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"reuse.ReuseParameters", "reuse.ReuseProgress", "reuse.ReuseProgress$1", "internal.HanMask", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"reuse.PreparedText", "reuse.PreparedCache", "internal.Seeds$Packed", "internal.SeedClusters$Bounds", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"internal.HanPassages", "internal.HanPassages$Found", "internal.Seeds", "internal.SeedClusters", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"internal.SeedClusters$Cluster", "internal.LocalAligner", "internal.LocalAligner$Result", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"reuse.ContainmentSamples", "reuse.ContainmentIndex", "reuse.ContainmentIndex$IntList", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"reuse.CorpusReuse$Sketches"); //$NON-NLS-1$

	/** Defines classes of this bundle from their bytes; everything else must come from the JDK. */
	private static final class PlainLoader extends ClassLoader {
		final List<String> defined = new ArrayList<>();

		PlainLoader() {
			super("plain", ClassLoader.getPlatformClassLoader()); //$NON-NLS-1$
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			if (!name.startsWith(PREFIX)) {
				throw new ClassNotFoundException(name);
			}
			try {
				byte[] bytes = bytes(name);
				defined.add(name);
				return defineClass(name, bytes, 0, bytes.length);
			} catch (IOException e) {
				throw new ClassNotFoundException(name, e);
			}
		}
	}

	static byte[] bytes(String name) throws IOException {
		try (InputStream in = PairReuse.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("no class file for " + name); //$NON-NLS-1$
			}
			return in.readAllBytes();
		}
	}

	@Test
	void noClassNamesEclipseOsgiSwtOrAnotherBundle() throws IOException {
		for (String c : CLASSES) {
			String constants = new String(bytes(PREFIX + c), StandardCharsets.ISO_8859_1);
			assertThat(constants).as(c).doesNotContain("org/eclipse/", "org/osgi/", "org/duizhao/text/", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"org/duizhao/corpus/", "com/google/", "com/ibm/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Test
	void runsFromAPlainClassLoader() throws Exception {
		PlainLoader loader = new PlainLoader();
		for (String c : CLASSES) {
			Class.forName(PREFIX + c, true, loader); // verifies and initializes each
		}
		Class<?> text = loader.loadClass(PREFIX + "reuse.ReuseText"); //$NON-NLS-1$
		Class<?> parameters = loader.loadClass(PREFIX + "reuse.ReuseParameters"); //$NON-NLS-1$
		Class<?> progress = loader.loadClass(PREFIX + "reuse.ReuseProgress"); //$NON-NLS-1$
		Class<?> corpus = loader.loadClass(PREFIX + "reuse.CorpusReuse"); //$NON-NLS-1$
		String shared = "坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，确保全面建成小康社会取得决定性成就。"; //$NON-NLS-1$
		List<Object> texts = List.of(
				text.getConstructor(String.class, String.class).newInstance("a", shared + "\n今年全省新建农村公路一千二百公里。"), //$NON-NLS-1$ //$NON-NLS-2$
				text.getConstructor(String.class, String.class).newInstance("b", "本县学习：\n" + shared)); //$NON-NLS-1$ //$NON-NLS-2$
		Object defaults = parameters.getMethod("defaults").invoke(null); //$NON-NLS-1$
		Object engine = corpus.getConstructor(parameters).newInstance(defaults);
		Method run = corpus.getMethod("run", List.class, progress); //$NON-NLS-1$
		List<?> pairs = (List<?>) run.invoke(engine, texts, null);
		assertThat(pairs).hasSize(1);
		assertThat(pairs.get(0).getClass().getClassLoader()).isSameAs(loader);
		assertThat(loader.defined).allMatch(n -> n.startsWith(PREFIX + "reuse.") || n.startsWith(PREFIX + "internal.")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
