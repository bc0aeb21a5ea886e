package yeardiff.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.cli.json.ComparisonJson;
import yeardiff.compare.FactChange;
import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.export.ComparisonCsv;
import yeardiff.export.ComparisonHtml;
import yeardiff.export.ComparisonPdf;
import yeardiff.library.PairingReview;
import yeardiff.model.api.Report;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * {@code yeardiff diff A B}: what changed, partner by partner, between two reports;
 * {@code yeardiff diff --previous ID}: between a report and the one before it in the repository's one
 * report order ({@link ReportRepository#previous(String)}).
 */
@Command(name = "diff", description = "Compare two reports partner by partner: statements paired, words diffed, facts compared by value.")
public final class DiffCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(index = "0", arity = "0..1", paramLabel = "ID_A", description = "The earlier report (a report id, or draft-YEAR for a draft).")
	private String fromId;

	@Parameters(index = "1", arity = "0..1", paramLabel = "ID_B", description = "The later report (a report id, or draft-YEAR for a draft).")
	private String toId;

	@Option(names = "--previous", paramLabel = "ID", description = "Compare report ID with the report before it (instead of ID_A ID_B).")
	private String previousOf;

	@Option(names = "--partner", paramLabel = "P", description = "Only this partner.")
	private String partner;

	@Mixin
	private ExportOptions export;

	@Option(names = "--moves-csv", paramLabel = "F", description = "Also write the numbers that moved, one row per measure, as CSV to F.")
	private java.nio.file.Path movesCsv;

	@Option(names = "--all", description = "Also list unchanged statements in the text output.")
	private boolean all;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		boolean pair = fromId != null && toId != null;
		boolean anyId = fromId != null || toId != null;
		if (previousOf != null ? anyId : !pair) {
			throw new ParameterException(spec.commandLine(), "Give two reports (ID_A ID_B) or --previous ID."); //$NON-NLS-1$
		}
		String partnerId = Partners.resolve(spec, partner, repository);
		Report from;
		Report to;
		ReportComparator comparator;
		try (ReportRepository reports = repository.open()) {
			if (pair) {
				from = Reports.load(reports, fromId);
				to = Reports.load(reports, toId);
			} else {
				ReportEntry previous = reports.previous(previousOf).orElseThrow(() -> new StoreException(
						String.format("Report %s is the earliest in the repository: there is none before it.", previousOf))); //$NON-NLS-1$
				from = reports.load(previous.id());
				to = reports.load(previousOf);
			}
			comparator = PairingReview.comparator(reports);
		}
		ReportComparison comparison = comparator.compare(from, to, partnerId);
		if (export.html != null) {
			ReportFiles.write(export.html, new ComparisonHtml().render(comparison, from, to).getBytes(StandardCharsets.UTF_8));
		}
		if (export.csv != null) {
			StringWriter csv = new StringWriter();
			new ComparisonCsv().write(comparison, csv);
			ReportFiles.write(export.csv, csv.toString().getBytes(StandardCharsets.UTF_8));
		}
		if (movesCsv != null) {
			StringWriter csv = new StringWriter();
			new ComparisonCsv().writeFactMoves(comparison, csv);
			ReportFiles.write(movesCsv, csv.toString().getBytes(StandardCharsets.UTF_8));
		}
		if (export.pdf != null) {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			new ComparisonPdf().write(comparison, from, to, pdf);
			ReportFiles.write(export.pdf, pdf.toByteArray());
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, ComparisonJson.of(comparison));
		} else {
			printText(out, comparison);
		}
		return Integer.valueOf(0);
	}

	private void printText(PrintWriter out, ReportComparison comparison) {
		out.printf("%s → %s  %s%n", comparison.fromId(), comparison.toId(), counts(comparison)); //$NON-NLS-1$
		for (SectionComparison section : comparison.sections()) {
			out.printf("%n== %s (%s → %s): %d changes%n", section.partnerName(), heading(section.fromHeading()), //$NON-NLS-1$
					heading(section.toHeading()), Long.valueOf(section.changes()));
			// the numbers that moved first: what a reader of a partner's section asks before anything else
			for (FactMove move : FactMoves.of(section)) {
				out.printf("  # %s: %s%n", move.label(), move.describe()); //$NON-NLS-1$
			}
			for (StatementPair pair : section.pairs()) {
				if (pair.status() == PairStatus.UNCHANGED && !all) {
					continue;
				}
				out.printf("[%s]%s%n", pair.status().jsonName(), pair.significant() ? " !" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (pair.from() != null) {
					out.printf("  - p.%d %s%n", Integer.valueOf(pair.from().getPage()), pair.from().getText()); //$NON-NLS-1$
				}
				if (pair.to() != null) {
					out.printf("  + p.%d %s%n", Integer.valueOf(pair.to().getPage()), pair.to().getText()); //$NON-NLS-1$
				}
				for (FactChange change : pair.factChanges()) {
					out.printf("    %s: %s%n", change.kind(), change.describe()); //$NON-NLS-1$
				}
			}
		}
	}

	private static String heading(String heading) {
		return heading == null ? "—" : heading; //$NON-NLS-1$
	}

	private static String counts(ReportComparison comparison) {
		StringBuilder text = new StringBuilder();
		comparison.summary().forEach((status, count) -> text.append(status.jsonName()).append(' ').append(count).append("  ")); //$NON-NLS-1$
		return text.toString().strip();
	}
}
