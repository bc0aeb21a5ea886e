package yeardiff.audit.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.audit.CommitmentRecord;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * The commitments labelled by reading the five letters ({@code commitment-outcomes.tsv}) scored
 * against an audit: how many of them are found as commitments at all (and how many statements
 * that promise nothing are taken for one), and how many get the outcome a reader gives them.
 */
final class LabelledCommitments {

	record Row(String report, String piece, String outcome) {
		boolean commitment() {
			return !"none".equals(outcome); //$NON-NLS-1$
		}
	}

	record Score(int commitments, int detected, int none, int noneDetected, int right, List<String> misses) {
		double detectionRecall() {
			return detected / (double) commitments;
		}

		double detectionPrecision() {
			return detected == 0 ? 1 : detected / (double) (detected + noneDetected);
		}

		/** Of the labelled commitments, the share found with the outcome a reader gives them. */
		double outcomeAccuracy() {
			return right / (double) commitments;
		}

		/** Of the labelled commitments the audit found, the share with the right outcome. */
		double outcomeAccuracyOfDetected() {
			return detected == 0 ? 1 : right / (double) detected;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"commitments %d: detected %.3f (%d), precision %.3f (%d of %d non-commitments taken), outcome %.3f (%d/%d), outcome of detected %.3f", //$NON-NLS-1$
					Integer.valueOf(commitments), Double.valueOf(detectionRecall()), Integer.valueOf(detected),
					Double.valueOf(detectionPrecision()), Integer.valueOf(noneDetected), Integer.valueOf(none),
					Double.valueOf(outcomeAccuracy()), Integer.valueOf(right), Integer.valueOf(commitments),
					Double.valueOf(outcomeAccuracyOfDetected()));
		}
	}

	static final Map<String, SampleLetter> LETTERS = Map.of("2012", SampleLetter.NOTA_2012, "2019-06-19", //$NON-NLS-1$ //$NON-NLS-2$
			SampleLetter.INTERIM_2019, "2019", SampleLetter.REPORT_2019, "2020", SampleLetter.REPORT_2020, "2021", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			SampleLetter.REPORT_2021);

	private LabelledCommitments() {
	}

	/**
	 * The held-out part: the commitments of the 2020 and 2021 reports. The audit is tuned on the
	 * other part only (the 2012 nota, the June 2019 letter and the 2019 report), so the score on
	 * this one tells how it judges commitments it was not tuned on.
	 */
	static boolean heldOut(Row row) {
		return "2020".equals(row.report()) || "2021".equals(row.report()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The development part: what the audit may be tuned on. */
	static boolean development(Row row) {
		return !heldOut(row);
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = LabelledCommitments.class.getResourceAsStream("commitment-outcomes.tsv")) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalStateException("commitment-outcomes.tsv is missing from the test bundle"); //$NON-NLS-1$
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) { //$NON-NLS-1$
					String[] cells = line.split("\t"); //$NON-NLS-1$
					rows.add(new Row(cells[0], cells[1], cells[2]));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	/** Scores {@code records}, the audit of the five letters as {@link AuditedLetters#report} reads them. */
	static Score score(List<CommitmentRecord> records) {
		return score(records, row -> true);
	}

	/** Scores {@code records} on the labelled rows of one {@code part}. */
	static Score score(List<CommitmentRecord> records, Predicate<Row> part) {
		int commitments = 0;
		int detected = 0;
		int none = 0;
		int noneDetected = 0;
		int right = 0;
		List<String> misses = new ArrayList<>();
		for (Row row : rows().stream().filter(part).toList()) {
			Statement statement = find(AuditedLetters.report(LETTERS.get(row.report())), row.piece());
			CommitmentRecord record = records.stream().filter(r -> r.statement() == statement).findFirst().orElse(null);
			if (!row.commitment()) {
				none++;
				if (record != null) {
					noneDetected++;
					misses.add("taken for a commitment: " + row.report() + " '" + row.piece() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				continue;
			}
			commitments++;
			if (record == null) {
				misses.add("not found: " + row.report() + " '" + row.piece() + "' (" + row.outcome() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				continue;
			}
			detected++;
			if (record.status().getLiteral().equals(row.outcome())) {
				right++;
			} else {
				misses.add(row.outcome() + " but " + record.status().getLiteral() + ": " + row.report() + " '" + row.piece() + "' — " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ record.reason());
			}
		}
		return new Score(commitments, detected, none, noneDetected, right, misses);
	}

	static Statement find(Report report, String piece) {
		String wanted = piece.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		Statement found = null;
		for (TreeIterator<EObject> it = report.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Statement statement && statement.getText().replaceAll("\\s+", " ").contains(wanted)) { //$NON-NLS-1$ //$NON-NLS-2$
				if (found != null) {
					throw new IllegalStateException("'" + piece + "' is in more than one statement of " + report.getId()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				found = statement;
			}
		}
		if (found == null) {
			throw new IllegalStateException("'" + piece + "' is in no statement of " + report.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}
}
