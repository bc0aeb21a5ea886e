package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import yeardiff.samples.SampleLetter;
import yeardiff.testing.PolandLetters;

/**
 * Users teach subjects: {@code subjects} lists them, {@code subject add|alias} commits what the user
 * knows (one commit; bad input one line with HEAD unchanged), the import summary names the headings
 * that became new subjects, reading the reports again applies what was taught, and the audit
 * ({@code commitments}) knows what was taught at once.
 */
@SuppressWarnings("nls")
class SubjectCommandsTest {

	private static final Gson GSON = new Gson();

	@Test
	void importNamesNewSubjectsAndAnAliasTaughtIsAppliedOnReread(@TempDir Path temp) throws Exception {
		String repository = temp.resolve("reports").toString();
		assertEquals(0, CommandRun.of("init", "--repo", repository).exitCode());
		// a letter that calls Germany by its full name, and has a section on Poland and one on Sweden
		String text = new String(SampleLetter.REPORT_2020.bytes(), StandardCharsets.UTF_8)
				.replace("\nDuitsland \n", "\nBondsrepubliek Duitsland \n")
				.replace("\nVerenigd Koninkrijk \n", "\nPolen \n\nPolen en Nederland oefenden in 2020 samen. Beide landen willen meer\nsamenwerken. \n\nVerenigd Koninkrijk \n")
				.replace("\nVerenigde Naties \n", "\nZweden \n\nZweden werkt sinds 2020 nauwer samen met de Nederlandse marine. \n\nVerenigde Naties \n");
		Path letter = temp.resolve("2020.txt");
		Files.writeString(letter, text);
		CommandRun imported = CommandRun.of("import", letter.toString(), "--repo", repository);
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("3 new subjects: Bondsrepubliek Duitsland, Polen, Zweden"), imported.out());
		assertEquals("bondsrepubliek-duitsland", partnerOf(repository, "Bondsrepubliek Duitsland"));
		assertEquals("polen", partnerOf(repository, "Polen"));

		String before = head(repository);
		CommandRun taught = CommandRun.of("subject", "alias", "duitsland", "Bondsrepubliek Duitsland", "--repo", repository);
		assertEquals(0, taught.exitCode(), taught.err());
		assertEquals(before, CommandRun.git(Path.of(repository), "rev-parse", "HEAD~1").strip(), "one commit");
		assertEquals("subjects/taught.tsv\n", CommandRun.git(Path.of(repository), "show", "--format=", "--name-only", "HEAD"));
		assertEquals("", CommandRun.git(Path.of(repository), "status", "--porcelain"));

		List<Map<String, Object>> subjects = GSON.fromJson(json(repository, "subjects"), new TypeToken<List<Map<String, Object>>>() {
			// the contract's shape
		}.getType());
		Map<String, Object> germany = subjects.stream().filter(subject -> "duitsland".equals(subject.get("id"))).findFirst().orElseThrow();
		assertEquals("Duitsland", germany.get("name"));
		assertEquals("partner", germany.get("kind"));
		assertTrue(((List<?>) germany.get("aliases")).contains("Bondsrepubliek Duitsland"), germany.toString());
		assertEquals(Boolean.TRUE, germany.get("taught"));

		CommandRun reread = CommandRun.of("reread", "--repo", repository);
		assertEquals(0, reread.exitCode(), reread.err());
		assertTrue(reread.out().contains("replaced 2020"), reread.out());
		assertEquals("duitsland", partnerOf(repository, "Bondsrepubliek Duitsland"));
		CommandRun again = CommandRun.of("import", letter.toString(), "--repo", repository);
		assertTrue(again.out().contains("unchanged"), again.out());
		assertFalse(again.out().contains("Bondsrepubliek"), "no longer new: " + again.out());
		// the partner option knows the name taught
		assertEquals(0, CommandRun.of("facts", "--partner", "Bondsrepubliek Duitsland", "--repo", repository).exitCode());
	}

	@Test
	void badLessonsGetOneLineAndLeaveTheRepositoryAsItWas(@TempDir Path temp) throws Exception {
		String repository = temp.resolve("reports").toString();
		assertEquals(0, CommandRun.of("init", "--repo", repository).exitCode());
		String before = head(repository);
		List<String[]> bad = new ArrayList<>();
		bad.add(new String[] { "subject", "alias", "atlantis", "Atlantis" });
		bad.add(new String[] { "subject", "alias", "navo", "NATO" });
		bad.add(new String[] { "subject", "add", "duitsland", "Bondsrepubliek" });
		bad.add(new String[] { "subject", "add", "Grote Letters", "Iets" });
		bad.add(new String[] { "subject", "add", "iets", "Frankrijk" });
		bad.add(new String[] { "subject", "alias", "navo", " " });
		for (String[] arguments : bad) {
			List<String> command = new ArrayList<>(List.of(arguments));
			command.addAll(List.of("--repo", repository));
			CommandRun run = CommandRun.of(command.toArray(String[]::new));
			assertEquals(1, run.exitCode(), String.join(" ", arguments) + ": " + run.err());
			assertEquals(1, run.err().strip().lines().count(), run.err());
		}
		assertEquals(before, head(repository));
		CommandRun.git(Path.of(repository), "fsck", "--strict");
		assertEquals("", CommandRun.git(Path.of(repository), "status", "--porcelain"));

		CommandRun added = CommandRun.of("subject", "add", "benelux-marine", "Admiraliteit Benelux", "--json", "--repo", repository);
		assertEquals(0, added.exitCode(), added.err());
		Map<String, Object> lesson = GSON.fromJson(added.out(), new TypeToken<Map<String, Object>>() {
			// the contract's shape
		}.getType());
		assertEquals("add", lesson.get("kind"));
		assertEquals("benelux-marine", lesson.get("id"));
		assertEquals(head(repository), lesson.get("commit"));
		CommandRun listed = CommandRun.of("subjects", "--repo", repository);
		assertTrue(listed.out().contains("benelux-marine"), listed.out());
		assertTrue(listed.out().contains("Noord-Atlantische Verdragsorganisatie"), "aliases listed: " + listed.out());
	}

	@Test
	void theAuditKnowsASubjectTaughtWhenItLooksForEvidence(@TempDir Path temp) throws Exception {
		String repository = temp.resolve("reports").toString();
		assertEquals(0, CommandRun.of("init", "--repo", repository).exitCode());
		Path letter2020 = Files.write(temp.resolve("2020.txt"), PolandLetters.letter2020());
		Path letter2021 = Files.write(temp.resolve("2021.txt"), PolandLetters.letter2021());
		CommandRun imported = CommandRun.of("import", letter2020.toString(), letter2021.toString(), "--repo", repository);
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("1 new subject: Polen"), imported.out());

		// Untaught, the 2021 sentence in the French section names no subject the repository lists: it is
		// about France, so it is no evidence of the Polish promise, whatever words they share.
		Map<String, Object> before = promise(repository);
		assertEquals("polen", before.get("partner"));
		assertEquals(List.of(), evidenceTexts(before), before.toString());
		assertEquals("silent", before.get("status"), before.toString());

		CommandRun taught = CommandRun.of("subject", "add", PolandLetters.ID, PolandLetters.NAME, "--repo", repository);
		assertEquals(0, taught.exitCode(), taught.err());
		// No reread: the audit reads the repository's subjects, as the facts and the import do.
		Map<String, Object> after = promise(repository);
		assertEquals(List.of(PolandLetters.KEPT_2021), evidenceTexts(after), after.toString());
		assertEquals("fulfilled", after.get("status"), after.toString());
		assertEquals("2021", ((Map<?, ?>) ((List<?>) after.get("evidence")).get(0)).get("report"));
		CommandRun text = CommandRun.of("commitments", "--partner", "Polen", "--repo", repository);
		assertTrue(text.out().startsWith("fulfilled"), text.out());
		assertTrue(text.out().contains("tijdens Anakonda geoefend"), text.out());
	}

	/** The 2020 promise on Poland as {@code commitments --json} gives it. */
	private static Map<String, Object> promise(String repository) {
		List<Map<String, Object>> commitments = GSON.fromJson(json(repository, "commitments", "--year", "2020"),
				new TypeToken<List<Map<String, Object>>>() {
					// the contract's shape
				}.getType());
		return commitments.stream().filter(commitment -> PolandLetters.PROMISE_2020.equals(((Map<?, ?>) commitment.get("statement")).get("text")))
				.findFirst().orElseThrow(() -> new AssertionError("no commitment on Poland in 2020: " + commitments));
	}

	private static List<Object> evidenceTexts(Map<String, Object> commitment) {
		return ((List<?>) commitment.get("evidence")).stream().map(piece -> (Object) ((Map<?, ?>) piece).get("text")).toList();
	}

	private static String head(String repository) throws Exception {
		return CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip();
	}

	private static String json(String repository, String... command) {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.addAll(List.of("--json", "--repo", repository));
		CommandRun run = CommandRun.of(arguments.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		return run.out();
	}

	/** The partner id of the 2020 report's top-level section with this heading. */
	private static String partnerOf(String repository, String heading) {
		Map<String, Object> report = GSON.fromJson(json(repository, "show", "2020"), new TypeToken<Map<String, Object>>() {
			// the contract's shape
		}.getType());
		for (Object section : (List<?>) report.get("sections")) {
			Map<?, ?> fields = (Map<?, ?>) section;
			if (heading.equals(fields.get("heading"))) {
				return (String) fields.get("partner");
			}
		}
		throw new AssertionError("no top-level section " + heading);
	}
}
