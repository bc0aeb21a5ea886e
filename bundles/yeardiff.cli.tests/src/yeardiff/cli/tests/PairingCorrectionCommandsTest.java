package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import yeardiff.samples.SampleLetter;

/**
 * {@code yeardiff link} and {@code unlink} on the sample repository: a reviewer's correction is one
 * commit, every later diff, history and audit honours it, it survives a re-import of a letter, and
 * bad input changes nothing.
 */
class PairingCorrectionCommandsTest {

	private static final Gson GSON = new Gson();
	/** A 2019 promise and the 2020 sentence that reports on it in other words (the comparison misses it). */
	private static final String DIALOGUE_2019 = "De bondgenoten zullen de komende periode nader hierover in dialoog gaan.";
	private static final String DIALOGUE_2020 = "Binnen het bondgenootschap wordt gesproken over wat dit betekent";
	private static final String EFP_2019 = "Ons land leverde ongeveer 270 militairen voor de Enhanced Forward Presence in Litouwen.";

	@TempDir
	static Path temp;
	private static String repository;

	@BeforeAll
	static void createSample() {
		repository = temp.resolve("sample").toString();
		CommandRun run = CommandRun.of("sample", "--repo", repository);
		assertEquals(0, run.exitCode(), run.err());
	}

	@Test
	void aLinkIsACommitAndEveryComparisonPairsTheTwoStatements() throws Exception {
		Map<String, Object> before = pairWithFrom(diff(), DIALOGUE_2019);
		assertNull(before.get("to"), "the comparison alone does not pair them: " + before);
		String a = id(before.get("from"));
		String b = id(pairWithTo(diff(), DIALOGUE_2020).get("to"));
		String head = head();

		CommandRun link = CommandRun.of("link", a, b, "--author", "Reviewer <reviewer@example.org>", "--repo", repository);
		assertEquals(0, link.exitCode(), link.err());
		assertTrue(link.out().startsWith("Linked " + a + " with " + b), link.out());
		assertEquals(head, CommandRun.git(Path.of(repository), "rev-parse", "HEAD~1").strip());
		String message = CommandRun.git(Path.of(repository), "log", "-1", "--format=%an|%s");
		assertEquals("Reviewer|Link " + a + " with " + b, message.strip());
		String file = CommandRun.git(Path.of(repository), "show", "HEAD:review/links.tsv");
		assertTrue(file.lines().anyMatch(line -> line.startsWith("link\t" + a + "\t" + b + "\t" + DIALOGUE_2019 + "\t" + DIALOGUE_2020)),
				file);

		Map<String, Object> after = pairWithFrom(diff(), DIALOGUE_2019);
		assertTrue(text(after.get("to")).startsWith(DIALOGUE_2020), after.toString());
		assertEquals(Boolean.TRUE, after.get("corrected"));
		assertEquals(1.0, after.get("confidence"));

		// the history of the 2020 statement now starts at the 2019 promise
		Map<String, Object> history = GSON.fromJson(json("history", b, "--json"), new TypeToken<Map<String, Object>>() {
		}.getType());
		List<Map<String, Object>> versions = list(history.get("versions"));
		assertEquals(a, versions.get(0).get("statementId"), versions.toString());
		assertEquals(b, versions.get(1).get("statementId"));

		// the audit finds the 2020 statement as evidence for the 2019 commitment
		List<Map<String, Object>> commitments = GSON.fromJson(json("commitments", "--year", "2019", "--json"),
				new TypeToken<List<Map<String, Object>>>() {
				}.getType());
		Map<String, Object> dialogue = commitments.stream().filter(c -> text(c.get("statement")).equals(DIALOGUE_2019)).findFirst()
				.orElseThrow(() -> new AssertionError("no commitment " + DIALOGUE_2019));
		assertTrue(list(dialogue.get("evidence")).stream().anyMatch(e -> b.equals(e.get("statementId"))), dialogue.toString());

		CommandRun again = CommandRun.of("link", a, b, "--repo", repository);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("already linked"), again.out());
		assertEquals(head, CommandRun.git(Path.of(repository), "rev-parse", "HEAD~1").strip(), "nothing new to record");
	}

	@Test
	void anUnlinkSeparatesAPairTheComparisonMade() throws Exception {
		Map<String, Object> pair = pairWithFrom(diff(), EFP_2019);
		String a = id(pair.get("from"));
		String b = id(pair.get("to"));
		CommandRun unlink = CommandRun.of("unlink", a, b, "--repo", repository);
		assertEquals(0, unlink.exitCode(), unlink.err());
		assertTrue(unlink.out().startsWith("Unlinked " + a + " from " + b), unlink.out());
		Map<String, Object> after = pairWithFrom(diff(), EFP_2019);
		assertFalse(after.get("to") != null && b.equals(id(after.get("to"))), after.toString());
		CommandRun link = CommandRun.of("link", a, b, "--repo", repository);
		assertEquals(0, link.exitCode(), link.err());
		assertEquals(b, id(pairWithFrom(diff(), EFP_2019).get("to")), "the latest correction counts");
	}

	@Test
	void aCorrectionSurvivesAReimportOfTheLetter(@TempDir Path files) throws Exception {
		Map<String, Object> pair = pairWithFrom(diff(), "Het Duitse Seebatallion oefent regelmatig", "2020", "2021");
		assertNull(pair.get("to"));
		String a = id(pair.get("from"));
		String b = id(pairWithTo(diff("2020", "2021"), "Ook de samenwerking in missies en crisissituaties was in 2021 intensief.").get("to"));
		assertEquals(0, CommandRun.of("link", a, b, "--repo", repository).exitCode());

		Path edited = files.resolve("2021-edited.txt");
		Files.writeString(edited, new String(SampleLetter.REPORT_2021.bytes(), StandardCharsets.UTF_8).replace("in 2021 732 miljard US",
				"in 2021 734 miljard US"));
		String head = head();
		CommandRun replaced = CommandRun.of("import", edited.toString(), "--replace", "--repo", repository);
		assertEquals(0, replaced.exitCode(), replaced.err());
		assertNotEquals(head, head());
		Map<String, Object> after = pairWithFrom(diff("2020", "2021"), "Het Duitse Seebatallion oefent regelmatig", "2020", "2021");
		assertEquals(b, id(after.get("to")), after.toString());
		assertEquals(Boolean.TRUE, after.get("corrected"));
		assertTrue(CommandRun.git(Path.of(repository), "show", "HEAD:review/links.tsv").contains(a + "\t" + b));

		Path original = files.resolve("2021.txt");
		Files.write(original, SampleLetter.REPORT_2021.bytes());
		assertEquals(0, CommandRun.of("import", original.toString(), "--replace", "--repo", repository).exitCode());
	}

	@Test
	void badInputGetsOneLineAndLeavesTheRepositoryAsItWas() throws Exception {
		String a = id(pairWithFrom(diff(), EFP_2019).get("from"));
		String other2019 = id(pairWithFrom(diff(), DIALOGUE_2019).get("from"));
		String head = head();
		List<String[]> bad = new ArrayList<>();
		bad.add(new String[] { "link", a, "2020/navo/00000000" });
		bad.add(new String[] { "link", "1999/navo/12345678", a });
		bad.add(new String[] { "unlink", a, a });
		bad.add(new String[] { "link", a, other2019 });
		for (String[] args : bad) {
			List<String> command = new ArrayList<>(List.of(args));
			command.addAll(List.of("--repo", repository));
			CommandRun run = CommandRun.of(command.toArray(String[]::new));
			assertEquals(1, run.exitCode(), String.join(" ", args) + ": " + run.err());
			assertEquals(1, run.err().strip().lines().count(), run.err());
		}
		CommandRun missing = CommandRun.of("link", a, "--repo", repository);
		assertEquals(2, missing.exitCode(), missing.err());
		assertEquals(head, head());
		CommandRun.git(Path.of(repository), "fsck", "--strict");
		assertEquals("", CommandRun.git(Path.of(repository), "status", "--porcelain"));
	}

	private static String head() throws Exception {
		return CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip();
	}

	private static List<Map<String, Object>> diff() {
		return diff("2019", "2020");
	}

	private static List<Map<String, Object>> diff(String from, String to) {
		Map<String, Object> comparison = GSON.fromJson(json("diff", from, to, "--json"), new TypeToken<Map<String, Object>>() {
		}.getType());
		List<Map<String, Object>> pairs = new ArrayList<>();
		for (Map<String, Object> section : list(comparison.get("sections"))) {
			pairs.addAll(list(section.get("pairs")));
		}
		return pairs;
	}

	private static Map<String, Object> pairWithFrom(List<Map<String, Object>> pairs, String text) {
		return pairs.stream().filter(p -> p.get("from") != null && text(p.get("from")).startsWith(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no pair from " + text));
	}

	private static Map<String, Object> pairWithFrom(List<Map<String, Object>> ignored, String text, String from, String to) {
		return pairWithFrom(diff(from, to), text);
	}

	private static Map<String, Object> pairWithTo(List<Map<String, Object>> pairs, String text) {
		return pairs.stream().filter(p -> p.get("to") != null && text(p.get("to")).startsWith(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no pair to " + text));
	}

	@SuppressWarnings("unchecked")
	private static String id(Object statement) {
		return (String) ((Map<String, Object>) statement).get("id");
	}

	@SuppressWarnings("unchecked")
	private static String text(Object statement) {
		return (String) ((Map<String, Object>) statement).get("text");
	}

	private static String json(String... args) {
		List<String> command = new ArrayList<>(List.of(args));
		command.addAll(List.of("--repo", repository));
		CommandRun run = CommandRun.of(command.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		return run.out();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}
}
