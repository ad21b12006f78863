package org.duizhao.annotations.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.duizhao.annotations.core.Code;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.testing.TestData;
import org.duizhao.text.core.CodePoints;
import org.junit.jupiter.api.Test;

/** Both formats round-trip random passages of the real, messy seed texts (skipped without them). */
class SeedRoundTripTest extends WithExchangeFixtures {

	@Test
	void randomPassagesOfTheSeedsSurviveW3cAndRefiQda() throws IOException {
		List<Path> seeds = TestData.seeds();
		ExchangeFixture from = ExchangeFixture.empty(tmp, "from"); //$NON-NLS-1$
		new Importer(from.project, ImportOptions.defaults()).importFiles(seeds, null);
		Code code = from.store.createCode(null, "随机", null, null, null); //$NON-NLS-1$
		Random random = new Random(7);
		for (Document d : from.project.documents()) {
			String text = from.project.readText(d, d.current());
			int length = CodePoints.length(text);
			for (int i = 0; i < 20 && length > 60; i++) {
				int start = random.nextInt(length - 50);
				int end = start + 1 + random.nextInt(49);
				String passage = text.substring(CodePoints.toUtf16(text, start), CodePoints.toUtf16(text, end));
				from.annotate(d, start, passage, List.of(code.id()), "m" + i, "seed"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Path qdpx = tmp.resolve("seeds.qdpx"); //$NON-NLS-1$
		from.exchange().export(ExchangeFormat.QDPX, qdpx, null);
		ExchangeFixture viaQdpx = ExchangeFixture.empty(tmp, "qdpx"); //$NON-NLS-1$
		ImportResult r = viaQdpx.exchange().importFile(qdpx, null);
		assertThat(r.problems()).isEmpty();
		assertThat(viaQdpx.signatures()).isEqualTo(from.signatures()).isNotEmpty();

		Path w3c = tmp.resolve("seeds.jsonld"); //$NON-NLS-1$
		from.exchange().export(ExchangeFormat.W3C, w3c, null);
		ExchangeFixture viaW3c = ExchangeFixture.empty(tmp, "w3c"); //$NON-NLS-1$
		new Importer(viaW3c.project, ImportOptions.defaults()).importFiles(seeds, null);
		assertThat(viaW3c.exchange().importFile(w3c, null).problems()).isEmpty();
		assertThat(viaW3c.signatures()).isEqualTo(from.signatures());
	}
}
