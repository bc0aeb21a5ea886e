package yeardiff.cli.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.draft.DraftStore;
import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Reads a report by the id a user gives: a report's id, or {@code draft-YEAR} for the editors' draft
 * of that year, so a draft can be compared with last year's report and with the letter as published.
 */
final class Reports {

	private static final Pattern DRAFT = Pattern.compile("draft-(\\d{4})"); //$NON-NLS-1$

	private Reports() {
	}

	static Report load(ReportRepository repository, String id) throws StoreException {
		Matcher draft = DRAFT.matcher(id);
		if (draft.matches()) {
			return new DraftStore().load(repository, Integer.parseInt(draft.group(1)));
		}
		return repository.load(id);
	}
}
