package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.validation.ReportConstraints;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/**
 * A seeded mutation fuzzer over the text and PDF importers: letters with bytes flipped, cut,
 * inserted, repeated or spliced must give a valid report or an {@link ImportException}, never
 * another exception and never a hang. The normal test run does a short smoke run; the long run
 * ({@code releng/bin/fuzz}) sets {@code yeardiff.fuzz.cases} to 10,000 or more.
 */
public class ImportFuzzTest {

	private static final int CASES = Integer.getInteger("yeardiff.fuzz.cases", 100).intValue(); //$NON-NLS-1$
	private static final long SEED = Long.getLong("yeardiff.fuzz.seed", 20261122L).longValue(); //$NON-NLS-1$
	private static final int SECONDS_PER_CASE = 20;

	/**
	 * The long run: {@code releng/bin/fuzz [CASES [SEED]]} calls this with the product's plug-ins and
	 * this fragment's classes on the class path.
	 */
	public static void main(String[] args) throws Exception {
		int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
		run(cases, seed);
	}

	@Test
	void mutatedLettersGiveAValidReportOrATypedError() throws Exception {
		run(CASES, SEED);
	}

	private static void run(int cases, long seedValue) throws Exception {
		byte[] interim = SampleLetter.INTERIM_2019.bytes();
		byte[] report2021 = SampleLetter.REPORT_2021.bytes();
		byte[] pdf = SamplePdf.render(new ReportImporter().read(interim, "interim.txt", ImportOptions.defaults())); //$NON-NLS-1$
		List<byte[]> seeds = List.of(interim, report2021, pdf);
		Random random = new Random(seedValue);
		int reports = 0;
		int refusals = 0;
		ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "fuzz"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (int i = 0; i < cases; i++) {
				byte[] seed = seeds.get(random.nextInt(seeds.size()));
				byte[] input = mutate(seed, seeds.get(random.nextInt(seeds.size())), random);
				String name = (seed == pdf ? "case" + i + ".pdf" : "case" + i + ".txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Future<Report> result = worker.submit(() -> new ReportImporter().read(input, name, ImportOptions.defaults().withYear(2019)));
				try {
					Report report = result.get(SECONDS_PER_CASE, TimeUnit.SECONDS);
					Diagnostic diagnostic = ReportConstraints.validate(report);
					if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
						fail("case " + i + " (seed " + seedValue + "): " + diagnostic); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					reports++;
				} catch (ExecutionException e) {
					if (!(e.getCause() instanceof ImportException refused)) {
						throw new AssertionError("case " + i + " (seed " + seedValue + ") threw " + e.getCause(), e.getCause()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					assertTrue(refused.getMessage().lines().count() == 1, refused.getMessage());
					refusals++;
				} catch (TimeoutException e) {
					result.cancel(true);
					fail("case " + i + " (seed " + seedValue + ") took more than " + SECONDS_PER_CASE + " s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
		} finally {
			worker.shutdownNow();
		}
		// Both ways out must have been taken, or the mutations were too mild or too wild to test anything.
		assertTrue(reports > 0 && refusals > 0, "reports " + reports + ", refusals " + refusals); //$NON-NLS-1$ //$NON-NLS-2$
		System.out.println("import fuzz: " + cases + " cases, " + reports + " reports, " + refusals + " typed refusals"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static byte[] mutate(byte[] seed, byte[] other, Random random) {
		byte[] data = seed.clone();
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations && data.length > 0; m++) {
			int at = random.nextInt(data.length);
			switch (random.nextInt(6)) {
				case 0 -> data[at] = (byte) random.nextInt(256);
				case 1 -> data = splice(data, at, Math.min(data.length, at + random.nextInt(512)), new byte[0]);
				case 2 -> {
					byte[] noise = new byte[1 + random.nextInt(64)];
					random.nextBytes(noise);
					data = splice(data, at, at, noise);
				}
				case 3 -> {
					int end = Math.min(data.length, at + 1 + random.nextInt(2048));
					data = splice(data, at, at, java.util.Arrays.copyOfRange(data, at, end));
				}
				case 4 -> data = java.util.Arrays.copyOf(data, at);
				default -> {
					int from = random.nextInt(other.length);
					int end = Math.min(other.length, from + 1 + random.nextInt(4096));
					data = splice(data, at, at, java.util.Arrays.copyOfRange(other, from, end));
				}
			}
		}
		return data;
	}

	private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
		byte[] result = new byte[data.length - (to - from) + insert.length];
		System.arraycopy(data, 0, result, 0, from);
		System.arraycopy(insert, 0, result, from, insert.length);
		System.arraycopy(data, to, result, from + insert.length, data.length - to);
		return result;
	}
}
