package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.app.internal.DisplayFailure;

/**
 * What {@code releng/bin/workbench} says on a machine without GTK or without a display. The
 * script's checks ({@code releng/bin/workbench-needs}) run in bash with a PATH of this test's own
 * that hides the machine's GTK: an {@code ldconfig} whose cache has no libgtk-3, an {@code id} that
 * says who runs it, an {@code apt-get} that records what it was asked to install.
 */
class WorkbenchScriptTest {

	private static final Path NEEDS = Paths.get("../../releng/bin/workbench-needs").toAbsolutePath().normalize(); //$NON-NLS-1$

	@TempDir
	Path bin;

	private Path installed;

	@BeforeEach
	void fakeTools() throws IOException {
		installed = bin.resolve("installed"); //$NON-NLS-1$
		for (String tool : List.of("grep", "head", "bash")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.createSymbolicLink(bin.resolve(tool), which(tool));
		}
		// The loader's cache lists GTK only once the fake apt-get has "installed" it.
		script("ldconfig", "[ -e '" + installed + "' ] && echo '\tlibgtk-3.so.0 (libc6,x86-64) => /usr/lib/libgtk-3.so.0'; exit 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		script("fc-list", "echo '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf: DejaVu Sans:style=Book'"); //$NON-NLS-1$ //$NON-NLS-2$
		script("apt-get", "echo \"$*\" >> '" + installed + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void withoutGtkAUserIsToldThePackageAndTheCommandInOneLine() throws Exception {
		script("id", "echo 1000"); //$NON-NLS-1$ //$NON-NLS-2$
		Result result = run(Map.of("DISPLAY", ":0")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, result.exit, result.stderr);
		assertEquals(1, result.stderr.lines().count(), result.stderr);
		assertTrue(result.stderr.contains("libgtk-3-0"), result.stderr); //$NON-NLS-1$
		assertTrue(result.stderr.contains("apt-get install libgtk-3-0"), result.stderr); //$NON-NLS-1$
		assertTrue(Files.notExists(installed), "a user's run installed packages"); //$NON-NLS-1$
	}

	@Test
	void withoutGtkRootHasItInstalledAndThenStarts() throws Exception {
		script("id", "echo 0"); //$NON-NLS-1$ //$NON-NLS-2$
		Result result = run(Map.of("DISPLAY", ":0")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, result.exit, result.stderr);
		String calls = Files.readString(installed);
		assertTrue(calls.contains("update"), calls); //$NON-NLS-1$
		assertTrue(calls.lines().anyMatch(call -> call.startsWith("install") && call.endsWith(" libgtk-3-0")), calls); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void withGtkButNoDisplayTheLineSaysSo() throws Exception {
		Files.writeString(installed, "libgtk-3-0\n"); //$NON-NLS-1$
		script("id", "echo 1000"); //$NON-NLS-1$ //$NON-NLS-2$
		Result result = run(Map.of());
		assertEquals(1, result.exit, result.stderr);
		assertEquals(1, result.stderr.lines().count(), result.stderr);
		assertTrue(result.stderr.startsWith("cannot open the display: "), result.stderr); //$NON-NLS-1$
	}

	@Test
	void swtFailuresBecomeOneLineAboutTheDisplayOrGtk() {
		String noDisplay = DisplayFailure.describe(new org.eclipse.swt.SWTError("No more handles [gtk_init_check() failed]"), ":99"); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(noDisplay);
		assertTrue(noDisplay.startsWith("cannot open the display: :99"), noDisplay); //$NON-NLS-1$
		String noGtk = DisplayFailure.describe(new UnsatisfiedLinkError("Could not load SWT library. Reasons: \n" //$NON-NLS-1$
				+ "\tno swt-pi3-gtk-4970r5 in java.library.path: /usr/java/packages/lib\n" //$NON-NLS-1$
				+ "\t/root/.swt/lib/linux/x86_64/libswt-pi3-gtk-4970r5.so: libgtk-3.so.0: cannot open shared object file: No such file or directory\n"), //$NON-NLS-1$
				":0"); //$NON-NLS-1$
		assertNotNull(noGtk);
		assertTrue(noGtk.startsWith("GTK 3 cannot be loaded: libgtk-3.so.0: cannot open shared object file"), noGtk); //$NON-NLS-1$
		assertEquals(1, noGtk.lines().count(), noGtk);
		assertEquals(null, DisplayFailure.describe(new IllegalStateException("workbench already running"), ":0")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private record Result(int exit, String stderr) {
	}

	private Result run(Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(bin.resolve("bash").toString(), "-c", //$NON-NLS-1$ //$NON-NLS-2$
				"set -euo pipefail; . '" + NEEDS + "'; workbench_needs"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().clear();
		builder.environment().put("PATH", bin.toString()); //$NON-NLS-1$
		builder.environment().putAll(environment);
		builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		Process process = builder.start();
		String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.waitFor(), stderr);
	}

	private void script(String name, String body) throws IOException {
		Path file = bin.resolve(name);
		Files.writeString(file, "#!" + bin.resolve("bash") + "\n" + body + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
	}

	private static Path which(String tool) {
		for (String dir : List.of("/usr/bin", "/bin")) { //$NON-NLS-1$ //$NON-NLS-2$
			Path path = Paths.get(dir, tool);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		throw new AssertionError(tool + " not found in /usr/bin or /bin"); //$NON-NLS-1$
	}
}
