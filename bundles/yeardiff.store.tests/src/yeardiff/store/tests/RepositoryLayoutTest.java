package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import yeardiff.store.RepositoryLayout;

class RepositoryLayoutTest {

	@Test
	void reportIdsAreYearsDatesAndShortNamesThatMakeSafeFoldersAndTags() {
		for (String id : new String[] { "2019", "2019-06-19", "2012", "nota_2012", "v1.2" }) {
			assertTrue(RepositoryLayout.isValidReportId(id), id);
		}
		for (String id : new String[] { "", "..", "../2019", "2019/06", ".hidden", "2019.", "a..b", "x.lock", "2019 12",
				"-2019", "a".repeat(65), "2019\n" }) {
			assertFalse(RepositoryLayout.isValidReportId(id), id);
		}
	}

	@Test
	void pathsFollowTheDocumentedLayout() {
		assertEquals("reports/2019/report.xmi", RepositoryLayout.reportPath("2019"));
		assertEquals("reports/2019-06-19/source.pdf", RepositoryLayout.sourcePath("2019-06-19", "pdf"));
		assertEquals("reports/2019/summary.properties", RepositoryLayout.summaryPath("2019"));
		assertEquals("drafts/2022/report.xmi", RepositoryLayout.draftPath(2022));
		assertEquals("audit/verdicts.xmi", RepositoryLayout.AUDIT_VERDICTS);
		assertEquals("report/2019", RepositoryLayout.reportTag("2019"));
		assertTrue(RepositoryLayout.isSourcePath("2019", "reports/2019/source.txt"));
		assertFalse(RepositoryLayout.isSourcePath("2019", "reports/2019/report.xmi"));
		assertFalse(RepositoryLayout.isSourcePath("2019", "reports/2019-06-19/source.txt"));
	}
}
