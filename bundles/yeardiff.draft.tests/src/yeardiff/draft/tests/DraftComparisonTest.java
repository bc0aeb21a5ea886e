package yeardiff.draft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import yeardiff.compare.FactChange;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.StatementPair;
import yeardiff.draft.DraftBuilder;
import yeardiff.draft.DraftEditing;
import yeardiff.model.api.Report;
import yeardiff.testing.Letters;

/**
 * The draft compared with the report it was started from, as the compare editor shows it: edited
 * statements changed or reworded, everything carried over unchanged.
 */
class DraftComparisonTest {

	private static final String BUDGET = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).";
	private static final String NEW_BUDGET = "Het Duitse defensiebudget bedroeg in 2022 €50,3 miljard (1,57% BBP).";
	private static final String PRIORITY = "De Indo-Pacifische regio vormt een belangrijke prioriteit.";
	private static final String NEW_PRIORITY = "De Indo-Pacifische regio vormt nog altijd een zeer belangrijke prioriteit.";

	@Test
	void showsEditsAgainstTheReportOfLastYear() {
		Report previous = Letters.report("2021");
		Report draft = new DraftBuilder().start(previous, 2022);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(DraftEditing.setText(Letters.statement(draft, BUDGET), NEW_BUDGET));
		stack.execute(DraftEditing.setText(Letters.statement(draft, PRIORITY), NEW_PRIORITY));

		ReportComparison comparison = new ReportComparator().compare(previous, draft);

		StatementPair budget = pair(comparison, BUDGET);
		assertEquals(PairStatus.CHANGED, budget.status());
		assertEquals(NEW_BUDGET, budget.to().getText());
		FactChange amount = budget.factChanges().stream().filter(change -> change.kind().equals("amount")).findFirst().orElseThrow();
		assertEquals(4.5E10, amount.from().value());
		assertEquals(5.03E10, amount.to().value());
		assertEquals("EUR", amount.to().unit());

		StatementPair priority = pair(comparison, PRIORITY);
		assertEquals(PairStatus.REWORDED, priority.status());
		assertEquals(NEW_PRIORITY, priority.to().getText());

		Map<PairStatus, Long> summary = comparison.summary();
		assertEquals(Long.valueOf(60), summary.get(PairStatus.UNCHANGED), "the 62 statements of 2021 less the two edited");
		assertEquals(List.of(0L, 0L, 0L), List.of(summary.get(PairStatus.NEW), summary.get(PairStatus.DROPPED), summary.get(PairStatus.MOVED)));
	}

	private static StatementPair pair(ReportComparison comparison, String fromText) {
		return comparison.pairs().stream().filter(pair -> pair.from() != null && pair.from().getText().equals(fromText)).findFirst().orElseThrow();
	}
}
