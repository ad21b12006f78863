package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.junit.jupiter.api.Test;

/** Cleaning of unwritable characters, and the format registry. */
class SafeTextAndRegistryTest {

	@Test
	void keepsPairsAndReplacesLoneSurrogatesAndControls() {
		assertThat(SafeText.clean("甲𠮷\t\n\r乙")).isEqualTo("甲𠮷\t\n\r乙");
		assertThat(SafeText.clean("\ud842")).isEqualTo("\uFFFD");
		assertThat(SafeText.clean("x\udfb7\ud842")).isEqualTo("x\uFFFD\uFFFD");
		assertThat(SafeText.clean("\u0001\u007f\u0085\uffff")).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
		assertThat(SafeText.clean(null)).isEmpty();
	}

	@Test
	void builtInFormatsAndANewOnePlugIn() {
		assertThat(ReportExporters.get("html")).isPresent();
		// issue 9: every report kind in every format
		for (String format : java.util.List.of("html", "csv", "xlsx", "docx", "pdf", "tei")) {
			assertThat(ReportExporters.get(format).orElseThrow().kinds()).as(format)
					.containsExactlyInAnyOrder(ReportKind.values());
		}
		ReportExporter plain = new ReportExporter() {
			@Override
			public String format() {
				return "test-plain";
			}

			@Override
			public String extension() {
				return "txt";
			}

			@Override
			public Set<ReportKind> kinds() {
				return EnumSet.allOf(ReportKind.class);
			}

			@Override
			public void write(Report report, OutputStream out) {
				// nothing to write for this test
			}
		};
		ReportExporters.register(plain);
		try {
			assertThat(ReportExporters.all()).extracting(ReportExporter::format).contains("csv", "html", "test-plain");
			assertThat(ReportExporters.get("test-plain")).containsSame(plain);
		} finally {
			ReportExporters.unregister("test-plain");
		}
		assertThat(ReportExporters.get("test-plain")).isEmpty();
	}
}
