package yeardiff.extract;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import yeardiff.extract.internal.Countries;
import yeardiff.extract.internal.StatementText;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * Fills a statement with what can be read from its text: facts (each with what it measures and
 * for when), the commitment it makes and the papers it cites. The importer calls it for every statement; the draft editor calls it again
 * whenever a statement's text changes, so it replaces whatever was there.
 */
public final class StatementEnricher {

	private static final String COMMITMENT_ID_SUFFIX = "/c"; //$NON-NLS-1$

	private final FactExtractor facts = new FactExtractor();
	private final CommitmentDetector commitments = new CommitmentDetector();
	private final ReferenceExtractor references = new ReferenceExtractor();

	/**
	 * Clears and refills the statement's facts, commitment (its id the statement's id + "/c") and
	 * references from its text.
	 *
	 * @param statement a statement with its text (and id) set
	 * @param reportYear the year the report covers, to tell future from past
	 */
	public void enrich(Statement statement, int reportYear) {
		String text = statement.getText() == null ? "" : statement.getText(); //$NON-NLS-1$
		// facts and commitment ask the same questions of the text before their patterns run
		StatementText checked = StatementText.of(text, country(statement));
		List<Fact> found = facts.extract(checked);
		statement.getFacts().clear();
		statement.getFacts().addAll(found);
		FactMeasures.assign(statement, reportYear);
		Commitment commitment = commitments.detect(checked, found, reportYear);
		if (commitment != null) {
			commitment.setId(statement.getId() + COMMITMENT_ID_SUFFIX);
		}
		statement.setCommitment(commitment);
		statement.getReferences().clear();
		statement.getReferences().addAll(references.extract(text));
	}

	/**
	 * The country the statement's section is about, by its subject's name: a bare "kronen" in the
	 * section on Denmark is Danish. Null when the section is about no single country.
	 */
	private static String country(Statement statement) {
		for (EObject container = statement.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Section section && section.getSubject() != null && section.getSubject().getName() != null) {
				return Countries.code(section.getSubject().getName()).orElse(null);
			}
		}
		return null;
	}
}
