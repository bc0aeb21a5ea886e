package yeardiff.bench.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.difflib.DiffUtils;

import yeardiff.compare.ReportComparator;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;

/**
 * Comparing the 2019 and 2020 reports (sections aligned by partner, statements paired, word diffs,
 * fact changes) against a plain java-diff-utils word diff of the two letters' texts: the figure
 * says what the comparison's understanding of the letters costs over a diff that has none.
 */
public final class CompareVsWordDiff implements Benchmark {

	@Override
	public String name() {
		return "compare_vs_worddiff"; //$NON-NLS-1$
	}

	@Override
	public double goal() {
		return 2.0;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		Report from = fixtures.report(SampleLetter.REPORT_2019);
		Report to = fixtures.report(SampleLetter.REPORT_2020);
		List<String> fromWords = words(SampleLetter.REPORT_2019);
		List<String> toWords = words(SampleLetter.REPORT_2020);
		ReportComparator comparator = new ReportComparator();
		PairedTiming.Medians medians = timing.time(() -> comparator.compare(from, to).pairs().size(),
				() -> DiffUtils.diff(fromWords, toWords).getDeltas().size());
		return Figures.timed(this, medians);
	}

	private static List<String> words(SampleLetter letter) {
		return List.of(new String(letter.bytes(), StandardCharsets.UTF_8).trim().split("\\s+")); //$NON-NLS-1$
	}
}
