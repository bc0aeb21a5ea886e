package yeardiff.bench.internal;

/** One figure of {@code releng/bin/bench}: a measure and the baseline it is divided by. */
public interface Benchmark {

	/** The figure's name, as the JSON output and the architecture's table give it. */
	String name();

	/** The largest ratio the architecture allows. */
	double goal();

	Figure run(PairedTiming timing, Fixtures fixtures) throws Exception;
}
