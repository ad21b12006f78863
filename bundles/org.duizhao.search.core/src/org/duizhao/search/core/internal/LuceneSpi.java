package org.duizhao.search.core.internal;

import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.PostingsFormat;

/**
 * Makes Lucene's service providers visible under OSGi.
 * <p>
 * Lucene finds codecs, postings and doc-values formats and analysis factories by name through
 * {@link java.util.ServiceLoader}, reading {@code META-INF/services} files with a class loader. On
 * a flat class path every jar's files are seen by one loader. Under Equinox each Lucene jar is a
 * bundle of its own (wrapped from Maven Central, see {@code duizhao.target}) with its own class
 * loader, and a bundle loader finds {@code META-INF/services} only inside its own bundle: core's
 * loader sees core's codecs but not the factories of {@code lucene-analysis-common}, and neither
 * sees a provider of ours. The thread context class loader, which some libraries fall back to, is
 * whatever the caller's thread happens to have (often the framework's), so it cannot be relied on.
 * <p>
 * So, once, before any index is opened, every SPI registry is reloaded with the loader of each
 * bundle that carries providers: Lucene core (codecs, formats, its tokenizers), Lucene's common
 * analyzers, and this bundle. {@code reload…} adds what a loader finds and keeps what was there,
 * so the order does not matter and calling it on a flat class path is harmless. A segment written
 * with codec {@code Lucene912} is then read back by name in any thread.
 */
public final class LuceneSpi {

	private static boolean loaded;

	private LuceneSpi() {
	}

	/** Reloads Lucene's SPI registries with the class loaders of the bundles that carry providers. */
	public static synchronized void ensureLoaded() {
		if (loaded) {
			return;
		}
		for (ClassLoader loader : new ClassLoader[] { Codec.class.getClassLoader(),
				CJKBigramFilterFactory.class.getClassLoader(), LuceneSpi.class.getClassLoader() }) {
			if (loader == null) {
				continue;
			}
			Codec.reloadCodecs(loader);
			PostingsFormat.reloadPostingsFormats(loader);
			DocValuesFormat.reloadDocValuesFormats(loader);
			KnnVectorsFormat.reloadKnnVectorsFormat(loader);
			TokenizerFactory.reloadTokenizers(loader);
			TokenFilterFactory.reloadTokenFilters(loader);
			CharFilterFactory.reloadCharFilters(loader);
		}
		loaded = true;
	}
}
