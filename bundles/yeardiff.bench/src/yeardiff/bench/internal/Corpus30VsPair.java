package yeardiff.bench.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.TimelineBuilder;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.store.ReportRepository;

/**
 * Everything a user browsing the 30-report corpus may ask for: the 29 comparisons of adjacent
 * years and the timeline of every partner, against one comparison of two of its reports. With the
 * goal of 35, the whole corpus may cost little more than its 29 comparisons.
 */
public final class Corpus30VsPair implements Benchmark {

	@Override
	public String name() {
		return "corpus30_vs_pair"; //$NON-NLS-1$
	}

	@Override
	public double goal() {
		return 35;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		List<Report> reports;
		try (ReportRepository repository = ReportRepository.open(fixtures.corpus())) {
			reports = repository.loadAll();
		}
		ReportComparator comparator = new ReportComparator();
		TimelineBuilder timelines = new TimelineBuilder(comparator);
		Report from = reports.get(reports.size() / 2 - 1);
		Report to = reports.get(reports.size() / 2);
		PairedTiming.Medians medians = timing.time(() -> browse(reports, comparator, timelines),
				() -> comparator.compare(from, to).pairs().size());
		return Figures.timed(this, medians);
	}

	/** Every adjacent comparison and every partner's timeline of {@code reports}; answers how much was made. */
	static long browse(List<Report> reports, ReportComparator comparator, TimelineBuilder timelines) {
		long made = 0;
		for (int i = 1; i < reports.size(); i++) {
			made += comparator.compare(reports.get(i - 1), reports.get(i)).pairs().size();
		}
		for (String partner : partners(reports)) {
			made += timelines.build(reports, partner, null).series().size();
		}
		return made;
	}

	/** The subject ids of every section of the reports, in a stable order. */
	private static Set<String> partners(List<Report> reports) {
		Set<String> partners = new TreeSet<>();
		for (Report report : reports) {
			for (Iterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Section section && section.getSubject() != null) {
					partners.add(section.getSubject().getId());
				}
			}
		}
		return partners;
	}
}
