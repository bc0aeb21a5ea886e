package yeardiff.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import yeardiff.model.api.Report;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.util.ReportOrder;

class ReportOrderTest {

	private final Report undated2019 = report("2019", 2019, null); //$NON-NLS-1$
	private final Report interim2019 = report("2019-06-19", 2019, "2019-06-19"); //$NON-NLS-1$ //$NON-NLS-2$
	private final Report december2019 = report("2019-12-12", 2019, "2019-12-12"); //$NON-NLS-1$ //$NON-NLS-2$
	private final Report nota2012 = report("2012", 2012, null); //$NON-NLS-1$
	private final Report report2020 = report("2020", 2020, "2020-01-10"); //$NON-NLS-1$ //$NON-NLS-2$

	@Test
	void yearFirstThenDateWithTheUndatedLetterLastInItsYear() {
		List<Report> ordered = ReportOrder.sorted(List.of(report2020, undated2019, december2019, nota2012, interim2019));
		assertEquals(List.of("2012", "2019-06-19", "2019-12-12", "2019", "2020"), ordered.stream().map(Report::getId).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	void lettersOfOneYearAndDateAreOrderedById() {
		Report other = report("2019-b", 2019, null); //$NON-NLS-1$
		assertEquals(List.of("2019", "2019-b"), ReportOrder.sorted(List.of(other, undated2019)).stream().map(Report::getId).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void previousIsTheReportJustBeforeWhateverTheListsOrder() {
		List<Report> reports = List.of(report2020, undated2019, nota2012, december2019, interim2019);
		assertEquals(Optional.of(december2019), ReportOrder.previous(reports, "2019")); //$NON-NLS-1$
		assertEquals(Optional.of(undated2019), ReportOrder.previous(reports, "2020")); //$NON-NLS-1$
		assertEquals(Optional.of(nota2012), ReportOrder.previous(reports, "2019-06-19")); //$NON-NLS-1$
		assertEquals(Optional.empty(), ReportOrder.previous(reports, "2012")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> ReportOrder.previous(reports, "2018")); //$NON-NLS-1$
	}

	private static Report report(String id, int year, String date) {
		Report report = ReportFactory.eINSTANCE.createReport();
		report.setId(id);
		report.setYear(year);
		report.setDate(date);
		return report;
	}
}
