package yeardiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Whatever a command throws, the command line ends with one line on stderr and a non-zero exit:
 * errors of the virtual machine (out of memory, a stack overflow), a library's unchecked exception
 * with a message of several lines or none, a checked exception no signature declares. The
 * commands here fail for real (a recursion without end, an array larger than any heap) or throw
 * what a library throws, and run through the same top level as every command of the product.
 */
class TopLevelFailureTest {

	private static final String INTERNAL = "set YEARDIFF_DEBUG=1 to see where"; //$NON-NLS-1$

	/** A command named {@code name} that runs {@code body}. */
	@Command
	private static final class Failing implements Callable<Integer> {

		private final Callable<Integer> body;

		Failing(Callable<Integer> body) {
			this.body = body;
		}

		@Override
		public Integer call() throws Exception {
			return body.call();
		}
	}

	@Command(name = "yeardiff")
	private static final class Top implements Runnable {
		@Override
		public void run() {
			// only the sub-commands run
		}
	}

	private record Run(int exitCode, String out, String err, String processErr) {
	}

	private static Run run(String name, Callable<Integer> body) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = new CommandLine(new Top()).addSubcommand(name, new Failing(body));
		PrintStream processErr = System.err;
		ByteArrayOutputStream libraries = new ByteArrayOutputStream();
		int exitCode;
		System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
		try {
			exitCode = YeardiffCommandLine.run(commandLine, new String[] { name }, new PrintWriter(out, true), new PrintWriter(err, true));
		} finally {
			System.setErr(processErr);
		}
		return new Run(exitCode, out.toString(), err.toString(), libraries.toString(StandardCharsets.UTF_8));
	}

	private static void assertOneLine(Run run) {
		assertEquals(YeardiffCommandLine.FAILED, run.exitCode(), run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("yeardiff: "), run.err()); //$NON-NLS-1$
		assertTrue(run.err().endsWith("\n"), run.err()); //$NON-NLS-1$
		assertEquals("", run.processErr(), "written to the process's stderr"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void runningOutOfMemoryInAnImportNamesTheMemory() {
		List<long[]> held = new ArrayList<>();
		Run run = run("import", () -> { //$NON-NLS-1$
			// more than any heap: the virtual machine refuses it as out of memory at once
			held.add(new long[Integer.MAX_VALUE - 2]);
			return Integer.valueOf(0);
		});

		assertOneLine(run);
		assertEquals("yeardiff: the letters are too large to import within " + (Runtime.getRuntime().maxMemory() >> 20) //$NON-NLS-1$
				+ " MB of memory: give Yeardiff more memory (-Xmx in the yeardiff script)\n", run.err()); //$NON-NLS-1$
	}

	@Test
	void runningOutOfMemoryInAnotherCommandNamesTheMemory() {
		Run run = run("timeline", () -> Integer.valueOf(new long[Integer.MAX_VALUE - 2].length)); //$NON-NLS-1$

		assertOneLine(run);
		assertTrue(run.err().startsWith("yeardiff: the work is too large to do within "), run.err()); //$NON-NLS-1$
	}

	@Test
	void aStackOverflowIsAnInternalErrorInOneLine() {
		Run run = run("history", () -> Integer.valueOf(depth(0))); //$NON-NLS-1$

		assertOneLine(run);
		assertEquals("yeardiff: internal error (StackOverflowError): " + INTERNAL + "\n", run.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int depth(int n) {
		return depth(n + 1) + 1;
	}

	@Test
	void aLibrarysExceptionOfSeveralLinesBecomesOneLine() {
		Run run = run("import", () -> { //$NON-NLS-1$
			// what a parser library throws: its message spans lines, and it has printed a trace first
			new IllegalStateException("earlier").printStackTrace(); //$NON-NLS-1$
			throw new IllegalArgumentException("Unexpected token at offset 12\n\tin object 7 0 R\r\n  (expected 'endobj')"); //$NON-NLS-1$
		});

		assertOneLine(run);
		assertEquals("yeardiff: Unexpected token at offset 12 in object 7 0 R (expected 'endobj')\n", run.err()); //$NON-NLS-1$
	}

	@Test
	void aNullPointerInsideACommandIsOneLine() {
		Run run = run("diff", () -> { //$NON-NLS-1$
			String missing = System.getProperty("yeardiff.no.such.property"); //$NON-NLS-1$
			return Integer.valueOf(missing.length());
		});

		assertOneLine(run);
	}

	@Test
	void anErrorWithoutAMessageIsNamed() {
		Run run = run("search", () -> { //$NON-NLS-1$
			throw new ExceptionInInitializerError();
		});

		assertOneLine(run);
		assertEquals("yeardiff: internal error (ExceptionInInitializerError): " + INTERNAL + "\n", run.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aLinkageErrorOfAMissingLibraryIsOneLine() {
		Run run = run("export", () -> { //$NON-NLS-1$
			throw new NoClassDefFoundError("org/apache/pdfbox/pdmodel/PDDocument"); //$NON-NLS-1$
		});

		assertOneLine(run);
		assertEquals("yeardiff: internal error (NoClassDefFoundError: org/apache/pdfbox/pdmodel/PDDocument): " + INTERNAL + "\n", run.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aCheckedExceptionNoSignatureDeclaresIsOneLine() {
		Run run = run("pull", () -> { //$NON-NLS-1$
			throw TopLevelFailureTest.<RuntimeException>sneaky(new IOException("Connection reset\nby peer")); //$NON-NLS-1$
		});

		assertOneLine(run);
		assertEquals("yeardiff: Connection reset by peer\n", run.err()); //$NON-NLS-1$
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> T sneaky(Throwable e) throws T {
		throw (T) e;
	}
}
