package yeardiff.bench.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;

import yeardiff.model.api.Report;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;

/**
 * The heap the 100 loaded reports of the large corpus hold, against the bytes of their XMI files: a
 * workbench keeps every report of a repository loaded, so this is what a long history costs in
 * memory. The heap is read after repeated full collections, before loading and again while the
 * loaded reports are still referenced; the figure is the median over the runs.
 */
public final class HeapVsXmi implements Benchmark {

	/** Collections until the used heap stops shrinking by more than this. */
	private static final long SETTLED_BYTES = 64 * 1024;
	private static final int MAX_COLLECTIONS = 8;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	@Override
	public String name() {
		return "heap_vs_xmi"; //$NON-NLS-1$
	}

	@Override
	public double goal() {
		return 10;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		try (ReportRepository repository = ReportRepository.open(fixtures.corpus(Fixtures.LARGE_CORPUS))) {
			long xmi = 0;
			for (ReportEntry entry : repository.list()) {
				xmi += repository.readFile(RepositoryLayout.reportPath(entry.id())).length;
			}
			double[] held = new double[timing.runs()];
			for (int round = 0; round < timing.warmUps() + timing.runs(); round++) {
				long before = settledHeap();
				List<Report> reports = repository.loadAll();
				long after = settledHeap();
				Reference.reachabilityFence(reports);
				if (round >= timing.warmUps()) {
					held[round - timing.warmUps()] = after - before;
				}
			}
			return Figures.sized(this, PairedTiming.median(held), xmi);
		}
	}

	private long settledHeap() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < MAX_COLLECTIONS; i++) {
			memory.gc();
			long now = memory.getHeapMemoryUsage().getUsed();
			if (used - now < SETTLED_BYTES) {
				return now;
			}
			used = now;
		}
		return used;
	}
}
