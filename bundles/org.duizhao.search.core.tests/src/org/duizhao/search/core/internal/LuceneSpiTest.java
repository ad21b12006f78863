package org.duizhao.search.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.duizhao.search.core.SearchIndex;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Lucene's service providers are found under OSGi: this test runs in Equinox (Tycho surefire), where
 * Lucene core and its common analyzers are separate bundles with separate class loaders.
 */
class LuceneSpiTest {

	@Test
	void runsInsideOsgiWithLuceneAsBundles() {
		Bundle core = FrameworkUtil.getBundle(Codec.class);
		Bundle analysis = FrameworkUtil.getBundle(org.apache.lucene.analysis.cjk.CJKBigramFilter.class);
		assertThat(FrameworkUtil.getBundle(SearchIndex.class)).isNotNull();
		assertThat(core.getSymbolicName()).isEqualTo("org.apache.lucene.core");
		assertThat(analysis.getSymbolicName()).isEqualTo("org.apache.lucene.analysis.common");
	}

	@Test
	void codecsAndAnalysisFactoriesOfEveryLuceneBundleAreFound() {
		LuceneSpi.ensureLoaded();
		assertThat(Codec.availableCodecs()).contains(Codec.getDefault().getName());
		assertThat(PostingsFormat.availablePostingsFormats()).isNotEmpty();
		// the factories live in lucene-analysis-common: core's own loader cannot see their services file
		assertThat(TokenFilterFactory.availableTokenFilters()).anyMatch(n -> n.equalsIgnoreCase("cjkBigram"));
		assertThat(TokenFilterFactory.forName("cjkBigram", new java.util.HashMap<>())).isNotNull();
	}
}
