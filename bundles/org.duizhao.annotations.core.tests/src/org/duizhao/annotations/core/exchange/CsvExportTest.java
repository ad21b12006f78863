package org.duizhao.annotations.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CsvExportTest extends WithExchangeFixtures {

	@Test
	void codedSegmentsAreOneRowEachWithBomHeaderAndRfc4180Quoting() throws IOException {
		ExchangeFixture f = ExchangeFixture.coded(tmp, "p"); //$NON-NLS-1$
		Path out = tmp.resolve("segments.csv"); //$NON-NLS-1$
		ExportResult r = f.exchange().export(ExchangeFormat.CSV, out, null);
		byte[] bytes = Files.readAllBytes(out);
		String csv = new String(bytes, StandardCharsets.UTF_8);

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(r.annotations()).isEqualTo(5);
		assertThat(csv.substring(1)).startsWith(
				"document,document_id,start,end,quote,codes,coder,memo,created,modified,anchored,title,source,date,region,issuer,tags\r\n"); //$NON-NLS-1$
		assertThat(csv.split("\r\n", -1)).hasSize(1 + 5 + 1); //$NON-NLS-1$
		// the memo has a comma, quotes and a line break: quoted, quotes doubled, the break kept
		assertThat(csv).contains(",推进产业扶贫,扶贫/产业扶贫,张三,\"关键句, with \"\"quotes\"\"\nand a line\","); //$NON-NLS-1$
		assertThat(csv).contains(",0,2,𠮷𠮷,教育,李四,two 𠮷,"); //$NON-NLS-1$
		assertThat(csv).contains(",10,16,推进产业扶贫,"); //$NON-NLS-1$
		// two codes, joined; the unanchored annotation has no position and anchored=false
		assertThat(csv).contains("加强教育扶贫,教育; 扶贫,李四"); //$NON-NLS-1$
		assertThat(csv).containsPattern(",,,已删除的句子,扶贫,李四,lost,[^,]+,[^,]+,false,"); //$NON-NLS-1$
		assertThat(csv).contains("a-policy.txt"); //$NON-NLS-1$
	}
}
