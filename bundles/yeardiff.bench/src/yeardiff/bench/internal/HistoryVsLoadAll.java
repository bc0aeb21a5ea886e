package yeardiff.bench.internal;

import java.util.Iterator;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import yeardiff.library.ReportLibrary;
import yeardiff.library.StatementHistory;
import yeardiff.model.api.Amount;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * One statement's history over the 30-report corpus, with the provenance index already built,
 * against loading all 30 models from Git: the index exists so that a history never needs the
 * models. The statement is the first one stating an amount in the corpus's middle report, so that
 * its history runs both ways.
 */
public final class HistoryVsLoadAll implements Benchmark {

	@Override
	public String name() {
		return "history_vs_load_all"; //$NON-NLS-1$
	}

	@Override
	public double goal() {
		return 0.1;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		try (ReportLibrary library = ReportLibrary.open(fixtures.corpus())) {
			String middle = Integer.toString(SyntheticCorpus.FIRST_YEAR + Fixtures.CORPUS / 2);
			String statementId = firstWithAmount(library.repository().load(middle));
			// the first history builds the index; the figure is about the ones after it
			int versions = library.history(statementId).versions().size();
			PairedTiming.Medians medians = timing.time(() -> {
				StatementHistory history = library.history(statementId);
				return history.versions().size();
			}, () -> library.repository().loadAll().size());
			Figure figure = Figures.timed(this, medians);
			return new Figure(figure.name(), figure.ratio(),
					String.format(Locale.ROOT, "%s; %s: %d versions", figure.detail(), statementId, Integer.valueOf(versions)), figure.goal()); //$NON-NLS-1$
		}
	}

	private static String firstWithAmount(Report report) {
		for (Iterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement statement && statement.getFacts().stream().anyMatch(Amount.class::isInstance)) {
				return statement.getId();
			}
		}
		throw new IllegalStateException("no statement states an amount in report " + report.getId()); //$NON-NLS-1$
	}
}
