package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.cli.json.FactJson;
import yeardiff.cli.json.ReportJson;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.store.ReportRepository;

/** {@code yeardiff show ID}: one report's sections, statements and facts. */
@Command(name = "show", description = "Show the sections, statements and facts of one report.")
public final class ShowCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "ID", description = "The report: its year (2019), or its date for other letters (2019-06-19).")
	private String id;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Report report;
		try (ReportRepository reports = repository.open()) {
			report = reports.load(id);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, ReportJson.of(report));
			return Integer.valueOf(0);
		}
		out.printf("%s — %s%n", report.getId(), report.getTitle()); //$NON-NLS-1$
		out.printf("year %d, %s, date %s, reference %s%n%n", Integer.valueOf(report.getYear()), report.getKind().getLiteral(), //$NON-NLS-1$
				report.getDate() == null ? "-" : report.getDate(), report.getReference() == null ? "-" : report.getReference()); //$NON-NLS-1$ //$NON-NLS-2$
		for (Section section : report.getSections()) {
			print(out, section, ""); //$NON-NLS-1$
		}
		return Integer.valueOf(0);
	}

	private static void print(PrintWriter out, Section section, String indent) {
		String partner = section.getSubject() == null ? "" : "  [" + section.getSubject().getId() + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.println(indent + "## " + (section.getHeading() == null ? "(no heading)" : section.getHeading()) + partner); //$NON-NLS-1$ //$NON-NLS-2$
		for (Paragraph paragraph : section.getParagraphs()) {
			for (Statement statement : paragraph.getStatements()) {
				out.printf("%s  p.%d %s%n%s    %s%n", indent, Integer.valueOf(statement.getPage()), statement.getId(), indent, //$NON-NLS-1$
						statement.getText());
				statement.getFacts().forEach(fact -> {
					FactJson value = FactJson.of(fact);
					out.printf("%s      %-6s %s = %s %s%n", indent, value.kind(), value.text(), format(value.value()), value.unit()); //$NON-NLS-1$
				});
				if (statement.getCommitment() != null) {
					out.printf("%s      commitment (%s)%s%n", indent, statement.getCommitment().getModality().getLiteral(), //$NON-NLS-1$
							statement.getCommitment().getDue() == null ? "" : ", due " + statement.getCommitment().getDue().getText()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			out.println();
		}
		for (Section subsection : section.getSubsections()) {
			print(out, subsection, indent + "  "); //$NON-NLS-1$
		}
	}

	static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
