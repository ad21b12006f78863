package org.duizhao.report.core.internal;

import org.duizhao.corpus.core.Document;
import org.junit.jupiter.api.BeforeEach;

/**
 * A comparison test whose every test gets a fresh {@link ReportFixture} with two versions of one
 * text added: {@link ComparisonReportTest#V1} and {@link ComparisonReportTest#V2}.
 */
abstract class WithTwoVersions extends WithReportFixture {

	Document v1;
	Document v2;

	@BeforeEach
	void addVersions() throws Exception {
		v1 = f.add("v1.txt", ComparisonReportTest.V1); //$NON-NLS-1$
		v2 = f.add("v2.txt", ComparisonReportTest.V2); //$NON-NLS-1$
	}
}
