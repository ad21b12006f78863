package org.duizhao.compare.ui.internal.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.testing.TestData;

/** Reads sample texts as import decodes them. */
final class Samples {

	private Samples() {
	}

	/** @return the decoded text of sample {@code name}, as import decodes it */
	static String text(String name) throws IOException, SkipException {
		Path file = TestData.sample(name);
		return Extractors.defaults().forFileName(name).extract(Files.readAllBytes(file), null).text();
	}
}
