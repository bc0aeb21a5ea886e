package yeardiff.cli.commands;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --html F}, {@code --pdf F}, {@code --csv F}: where to write a report for people, besides the output. */
public final class ExportOptions {

	@Option(names = "--html", paramLabel = "F", description = "Also write a self-contained HTML page to F.")
	Path html;

	@Option(names = "--pdf", paramLabel = "F", description = "Also write a PDF to F.")
	Path pdf;

	@Option(names = "--csv", paramLabel = "F", description = "Also write CSV to F.")
	Path csv;
}
