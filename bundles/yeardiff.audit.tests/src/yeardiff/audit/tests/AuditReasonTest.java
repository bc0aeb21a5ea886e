package yeardiff.audit.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import yeardiff.audit.CommitmentRecord;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;

/**
 * What the audit says of a commitment agrees with what the reports contain: it never says that no
 * later report covers a partner when a later report has a section on that partner.
 */
class AuditReasonTest {

	@Test
	void noReasonDeniesALaterReportsSectionOnThePartner() {
		List<Report> reports = AuditedLetters.reports();
		List<String> wrong = AuditedLetters.records().stream()
				.filter(record -> record.partner() != null && record.reason().startsWith("No later report covers"))
				.filter(record -> reports.stream().anyMatch(report -> report.getYear() > record.year() && subjects(report).contains(record.partner())))
				.map(record -> record.id() + " (" + record.partner() + ", due " + record.due() + "): " + record.reason()).toList();
		assertTrue(wrong.isEmpty(), () -> "reasons that deny a later report's section: " + wrong);
	}

	@Test
	void aLaterReportOnThePartnerBeforeTheDueTimeIsNamed() {
		// The 2020 letter's NATO commitment due in 2022: the 2021 letter covers NATO, before 2022.
		List<CommitmentRecord> nato = AuditedLetters.records().stream()
				.filter(record -> record.year() == 2020 && "navo".equals(record.partner()) && "2022".equals(record.due())).toList();
		assertFalse(nato.isEmpty(), "the 2020 letter's NATO commitment due in 2022 is missing");
		assertTrue(nato.stream().allMatch(record -> record.reason().startsWith("The 2021 report covers NAVO, but before")),
				() -> nato.stream().map(CommitmentRecord::reason).toList().toString());
	}

	/** The subjects a report has sections on, nested ones included. */
	private static Set<String> subjects(Report report) {
		Set<String> subjects = new HashSet<>();
		for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Section section && section.getSubject() != null) {
				subjects.add(section.getSubject().getId());
			}
		}
		return subjects;
	}
}
