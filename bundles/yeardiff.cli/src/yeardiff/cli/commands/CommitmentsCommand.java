package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import yeardiff.export.AuditReport;
import yeardiff.audit.CommitmentQuery;
import yeardiff.audit.CommitmentRecord;
import yeardiff.cli.json.CommitmentJson;
import yeardiff.library.RepositoryAudit;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.store.ReportRepository;

/** {@code yeardiff commitments}: every forward-looking statement, what later reports say of it, and the verdicts. */
@Command(name = "commitments", description = "Commitments across all reports, their status, evidence and verdicts.")
public final class CommitmentsCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Mixin
	private ExportOptions export;

	@Option(names = "--year", paramLabel = "Y", description = "Only commitments made in reports covering year Y.")
	private int year;

	@Option(names = "--partner", paramLabel = "P", description = "Only this partner.")
	private String partner;

	@Option(names = "--status", paramLabel = "S", description = "Only this status: open, fulfilled, changed, delayed, silent.")
	private String status;

	@Option(names = "--as-of", paramLabel = "YEAR", description = "Judge due times as of this year (default: the current year).")
	private int asOf;

	@Option(names = "--overdue", description = "Only commitments whose time has passed with no outcome reported.")
	private boolean overdueOnly;

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private YeardiffCommand parent;

	@Override
	public Integer call() throws Exception {
		String partnerId = Partners.resolve(spec, partner, repository);
		CommitmentStatus wanted = status == null ? null : CommitmentStatus.get(status);
		if (status != null && wanted == null) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"unknown status '" + status + "': one of open, fulfilled, changed, delayed, silent"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int currentYear = asOf == 0 ? Year.now().getValue() : asOf;
		List<CommitmentRecord> records;
		try (ReportRepository reports = repository.openForReading(parent.err())) {
			// The repository's audit, its taught subjects included: the one the workbench's Commitments view shows.
			records = RepositoryAudit.audit(reports, currentYear);
		}
		// The same query the workbench's Commitments view makes: overdue first, otherwise the audit's order.
		records = CommitmentQuery.all(currentYear).withYear(year).withPartner(partnerId).withStatus(wanted)
				.withDue(overdueOnly ? CommitmentQuery.Due.OVERDUE : CommitmentQuery.Due.ANY).apply(records);
		AuditReport report = new AuditReport(records);
		if (export.html != null) {
			ReportFiles.write(export.html, report.html().getBytes(StandardCharsets.UTF_8));
		}
		if (export.csv != null) {
			ReportFiles.write(export.csv, report.csv().getBytes(StandardCharsets.UTF_8));
		}
		if (export.pdf != null) {
			ReportFiles.write(export.pdf, report.pdf());
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, records.stream().map(record -> CommitmentJson.of(record, currentYear)).toList());
			return Integer.valueOf(0);
		}
		for (CommitmentRecord record : records) {
			out.printf("%-9s%s %-10s %-20s due %-14s %s%n    %s%n    %s%n", record.status().getLiteral(), //$NON-NLS-1$
					record.overdue(currentYear) ? " (overdue)" : "", record.report(), //$NON-NLS-1$ //$NON-NLS-2$
					record.partner(), record.due() == null ? "-" : record.due(), record.id(), record.statement().getText(), //$NON-NLS-1$
					record.reason());
		}
		return Integer.valueOf(0);
	}
}
