package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.testing.BadLetterFiles;

/**
 * Inputs the importer was not designed for, made in the test (see {@link HeldOutLetters}), each
 * imported through the command line into a repository that already holds reports: each must end
 * with one line on stderr that names the file and a non-zero exit, with the repository exactly as it
 * was, or with a whole import (one new commit, a clean work tree, at most the import's warnings on
 * stderr); libraries write nothing
 * to the process's stderr either way. The time limit stays the default one: a case that runs out of
 * it fails with the limit's message, which the checks below refuse for all but the absurd lines,
 * where stopping at the limit is a fair answer. The timeout is only a safety net against a hang.
 */
class HeldOutInputsTest {

	/** What must become of an input. */
	private enum Expect {
		/** a one-line error naming a decompression bomb */
		BOMB,
		/** a one-line error */
		ERROR,
		/** a whole import */
		IMPORT,
		/** a one-line error or a whole import */
		EITHER
	}

	private record Case(String name, String file, Expect expect, Supplier<byte[]> bytes) {
	}

	@TempDir
	static Path temp;
	private static Path repository;

	@BeforeAll
	static void sampleRepository() {
		repository = temp.resolve("reports"); //$NON-NLS-1$
		assertEquals(0, CommandRun.of("sample", "--repo", repository.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@TestFactory
	Stream<DynamicTest> eachInputEndsWithOneLineOrAWholeImport() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("a bomb beside the real text of a page", "bomb-contents.pdf", Expect.BOMB, HeldOutLetters::bombBesideRealText));
		cases.add(new Case("a bomb in a font program", "bomb-font.pdf", Expect.BOMB, HeldOutLetters::bombInFontProgram));
		cases.add(new Case("a bomb in a form XObject", "bomb-form.pdf", Expect.BOMB, HeldOutLetters::bombInForm));
		cases.add(new Case("a bomb in an image XObject", "bomb-image.pdf", Expect.EITHER, HeldOutLetters::bombInImage));
		cases.add(new Case("a bomb in page contents that call themselves an image", "bomb-dressed.pdf", Expect.BOMB,
				HeldOutLetters::bombContentsDressedAsImage));
		cases.add(new Case("a bomb as a font program that calls itself an image", "bomb-dressed-font.pdf", Expect.BOMB,
				HeldOutLetters::bombFontProgramDressedAsImage));
		cases.add(new Case("a bomb as a Type 3 glyph that calls itself an image", "bomb-dressed-glyph.pdf", Expect.BOMB,
				HeldOutLetters::bombGlyphDressedAsImage));
		cases.add(new Case("an image that declares itself huge and is a bomb of contents", "bomb-huge-image.pdf", Expect.BOMB,
				HeldOutLetters::bombContentsDeclaredAsHugeImage));
		cases.add(new Case("a bomb behind two deflate filters", "bomb-twice.pdf", Expect.BOMB, HeldOutLetters::bombBehindTwoFilters));
		cases.add(new Case("a bomb behind hexadecimal and deflate", "bomb-hex.pdf", Expect.BOMB, HeldOutLetters::bombBehindHexAndFlate));
		cases.add(new Case("a bomb in an object stream", "bomb-objstm.pdf", Expect.BOMB, HeldOutLetters::bombInObjectStream));
		cases.add(new Case("a page tree that contains itself", "loop.pdf", Expect.EITHER, HeldOutLetters::loopingPageTree));
		cases.add(new Case("a letter in a Type 3 font", "type3.pdf", Expect.EITHER, HeldOutLetters::type3Letter));
		cases.add(new Case("a truncated PDF", "truncated.pdf", Expect.ERROR, () -> BadLetterFiles.truncated(HeldOutLetters.letterPdf())));
		cases.add(new Case("a PDF locked with a password", "locked.pdf", Expect.ERROR,
				() -> BadLetterFiles.passwordProtected(HeldOutLetters.letterPdf(), "geheim"))); //$NON-NLS-1$
		cases.add(new Case("a PDF encrypted with an empty user password", "encrypted.pdf", Expect.EITHER,
				() -> BadLetterFiles.passwordProtected(HeldOutLetters.letterPdf(), ""))); //$NON-NLS-1$
		cases.add(new Case("a 5 MB line of digits", "digits.txt", Expect.EITHER, () -> HeldOutLetters.letterWithLine(HeldOutLetters.digits(3))));
		cases.add(new Case("a 5 MB line of words", "words.txt", Expect.EITHER, () -> HeldOutLetters.letterWithLine(HeldOutLetters.words(5))));
		cases.add(new Case("a 5 MB line without a space", "nospace.txt", Expect.EITHER,
				() -> HeldOutLetters.letterWithLine(HeldOutLetters.noSpaces(7))));
		cases.add(new Case("a file of NUL bytes", "nul.txt", Expect.ERROR, () -> new byte[1 << 20]));
		cases.add(new Case("a PDF of NUL bytes", "nul.pdf", Expect.ERROR, () -> new byte[1 << 20]));
		cases.add(new Case("UTF-16 text with a byte order mark", "utf16le.txt", Expect.IMPORT, () -> HeldOutLetters.utf16(false)));
		cases.add(new Case("big-endian UTF-16 text with a byte order mark", "utf16be.txt", Expect.IMPORT, () -> HeldOutLetters.utf16(true)));
		cases.add(new Case("UTF-16 text without a byte order mark", "utf16-nomark.txt", Expect.ERROR, HeldOutLetters::utf16WithoutMark));
		cases.add(new Case("a million tiny lines", "tiny.txt", Expect.EITHER, () -> HeldOutLetters.tinyLines(1_000_000, 11)));
		return cases.stream().map(each -> DynamicTest.dynamicTest(each.name(), () -> check(each)));
	}

	private static void check(Case each) throws Exception {
		Path file = temp.resolve(each.file());
		Files.write(file, each.bytes().get());
		String before = RepositoryState.of(repository);
		String head = CommandRun.git(repository, "rev-parse", "HEAD"); //$NON-NLS-1$ //$NON-NLS-2$

		ByteArrayOutputStream libraries = new ByteArrayOutputStream();
		CommandRun run = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
			PrintStream stderr = System.err;
			System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
			try {
				// an id of its own, so that an import that succeeds is not refused as a second 2020 report
				return CommandRun.of("import", file.toString(), "--id", "held-out-" + each.file().replace('.', '-'), "--year", "2020", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						"--repo", repository.toString()); //$NON-NLS-1$
			} finally {
				System.setErr(stderr);
			}
		}, () -> each.name() + " did not end within two minutes"); //$NON-NLS-1$

		String what = each.name() + ": exit " + run.exitCode() + ", stderr: " + run.err(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", libraries.toString(StandardCharsets.UTF_8), each.name() + ": what libraries wrote to the process's stderr"); //$NON-NLS-1$ //$NON-NLS-2$
		if (run.exitCode() == 0) {
			assertTrue(each.expect() == Expect.IMPORT || each.expect() == Expect.EITHER, what);
			// a sensible import may come with warnings about what it made of the letter, never with more
			assertTrue(run.err().lines().allMatch(line -> line.startsWith("warning: ")), what); //$NON-NLS-1$
			assertTrue(run.out().startsWith(each.file() + ": imported as held-out-"), what + run.out()); //$NON-NLS-1$
			assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD~1"), what); //$NON-NLS-1$ //$NON-NLS-2$
			RepositoryState.assertClean(repository);
		} else {
			assertTrue(each.expect() != Expect.IMPORT, what);
			assertEquals(1, run.exitCode(), what);
			assertEquals(1, run.err().lines().count(), what);
			assertTrue(run.err().startsWith("yeardiff: "), what); //$NON-NLS-1$
			assertTrue(run.err().contains(each.file()), what);
			assertFalse(run.err().contains("internal error"), what); //$NON-NLS-1$
			if (each.expect() == Expect.BOMB) {
				assertTrue(run.err().contains("compressed stream"), what); //$NON-NLS-1$
			}
			if (each.expect() != Expect.EITHER) {
				assertFalse(run.err().contains("time limit"), what); //$NON-NLS-1$
			}
			assertEquals(before, RepositoryState.of(repository), what);
			RepositoryState.assertClean(repository);
		}
	}
}
