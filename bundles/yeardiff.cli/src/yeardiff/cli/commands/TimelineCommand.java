package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import yeardiff.compare.Timeline;
import yeardiff.compare.TimelineBuilder;
import yeardiff.library.PairingReview;
import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;

/** {@code yeardiff timeline PARTNER}: one partner's facts over all reports. */
@Command(name = "timeline", description = "One partner's facts (budget, GDP share, personnel, delivery years) over all reports.")
public final class TimelineCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "PARTNER", description = "The partner (id, name or alias).")
	private String partner;

	@Option(names = "--kind", paramLabel = "K", description = "Only this kind: amount, share, count, time.")
	private FactsCommand.FactKind kind;

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private YeardiffCommand parent;

	@Override
	public Integer call() throws Exception {
		Timeline timeline;
		try (ReportRepository reports = repository.openForReading(parent.err())) {
			String partnerId = Partners.resolve(spec, partner, reports);
			// Read once: the comparator weighs words over the same reports the timeline runs through.
			List<Report> all = reports.loadAll();
			timeline = new TimelineBuilder(PairingReview.comparator(reports, all)).build(all, partnerId, kind == null ? null : kind.name());
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, timeline);
			return Integer.valueOf(0);
		}
		for (Timeline.Series series : timeline.series()) {
			out.printf("%s %s — %s%n", series.kind(), series.unit(), series.label()); //$NON-NLS-1$
			for (Timeline.Point point : series.points()) {
				out.printf("  %-10s %-10s %s%s  (%s)%n", point.period(), point.report(), point.text(), //$NON-NLS-1$
						point.revision() ? " *" : "", point.statementId()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return Integer.valueOf(0);
	}
}
