package yeardiff.compare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * Reviewers' corrections of the pairing: two statements linked by hand ({@code yeardiff link A B})
 * are always paired, two unlinked ({@code yeardiff unlink A B}) never. Every comparison honours
 * them, and with it the history, the timeline and the audit built on comparisons.
 *
 * <p>Kept as text, one correction a line ({@code link|unlink TAB id TAB id TAB text TAB text}), the
 * latest on a pair of statements counting. The statements' texts are kept beside their ids so that a
 * correction survives a re-import that gives a statement another id: a statement is found by its id,
 * else by its text.</p>
 */
public final class PairingCorrections {

	/** One reviewer's correction: {@code link} or not (an unlink) of statement {@code a} with {@code b}. */
	public record Correction(boolean link, String a, String b, String aText, String bText) {

		String line() {
			return String.join("\t", link ? LINK : UNLINK, a, b, flat(aText), flat(bText)); //$NON-NLS-1$
		}

		boolean samePair(Correction other) {
			return a.equals(other.a) && b.equals(other.b) || a.equals(other.b) && b.equals(other.a);
		}
	}

	/** The corrections that bear on one comparison, resolved to the statements of its two reports. */
	public static final class Resolved {
		private final Map<Statement, Set<Statement>> links = new LinkedHashMap<>();
		private final Map<Statement, Set<Statement>> unlinks = new HashMap<>();

		/** Pairs of (earlier, later) statements a reviewer linked, in the order they were linked. */
		public List<Statement[]> links() {
			List<Statement[]> pairs = new ArrayList<>();
			links.forEach((from, tos) -> tos.forEach(to -> pairs.add(new Statement[] { from, to })));
			return pairs;
		}

		/** Whether a reviewer said {@code from} and {@code to} are not one statement. */
		public boolean forbids(Statement from, Statement to) {
			Set<Statement> forbidden = unlinks.get(from);
			return forbidden != null && forbidden.contains(to);
		}

		/** Whether a reviewer linked {@code from} and {@code to}. */
		public boolean links(Statement from, Statement to) {
			Set<Statement> linked = links.get(from);
			return linked != null && linked.contains(to);
		}

		public boolean isEmpty() {
			return links.isEmpty() && unlinks.isEmpty();
		}
	}

	private static final String LINK = "link"; //$NON-NLS-1$
	private static final String UNLINK = "unlink"; //$NON-NLS-1$
	private static final PairingCorrections NONE = new PairingCorrections(List.of());

	private final List<Correction> corrections;

	private PairingCorrections(List<Correction> corrections) {
		this.corrections = List.copyOf(corrections);
	}

	public static PairingCorrections none() {
		return NONE;
	}

	/**
	 * Reads the corrections file; lines it does not understand (a file edited by hand) are skipped,
	 * since a correction is advice to the pairing, never needed to read a report.
	 *
	 * @param bytes the file's content, or null when the repository has none
	 */
	public static PairingCorrections parse(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return NONE;
		}
		List<Correction> corrections = new ArrayList<>();
		for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) { //$NON-NLS-1$
			String[] fields = line.split("\t", -1); //$NON-NLS-1$
			if (fields.length == 5 && (LINK.equals(fields[0]) || UNLINK.equals(fields[0])) && !fields[1].isBlank()
					&& !fields[2].isBlank()) {
				corrections.add(new Correction(LINK.equals(fields[0]), fields[1], fields[2], fields[3], fields[4]));
			}
		}
		return new PairingCorrections(corrections);
	}

	/** The file's content. */
	public byte[] toBytes() {
		StringBuilder text = new StringBuilder();
		for (Correction correction : corrections) {
			text.append(correction.line()).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** These corrections and {@code correction} after them (which then counts over any earlier one on the same pair). */
	public PairingCorrections plus(Correction correction) {
		List<Correction> more = new ArrayList<>(corrections);
		more.add(correction);
		return new PairingCorrections(more);
	}

	/** Every correction, oldest first. */
	public List<Correction> all() {
		return corrections;
	}

	/** The correction that counts on a pair of statements (the latest), or null. */
	public Correction latest(String a, String b) {
		Correction probe = new Correction(true, a, b, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Correction latest = null;
		for (Correction correction : corrections) {
			if (correction.samePair(probe)) {
				latest = correction;
			}
		}
		return latest;
	}

	public boolean isEmpty() {
		return corrections.isEmpty();
	}

	/**
	 * The corrections between a statement of {@code from} and one of {@code to} (either order on
	 * the line), the latest on each pair counting.
	 */
	public Resolved resolve(Report from, Report to) {
		Resolved resolved = new Resolved();
		if (corrections.isEmpty()) {
			return resolved;
		}
		Finder earlier = new Finder(from);
		Finder later = new Finder(to);
		Map<List<Statement>, Boolean> latest = new LinkedHashMap<>();
		for (Correction correction : corrections) {
			Statement a = earlier.find(correction.a(), correction.aText());
			Statement b = later.find(correction.b(), correction.bText());
			if (a == null || b == null) {
				a = earlier.find(correction.b(), correction.bText());
				b = later.find(correction.a(), correction.aText());
			}
			if (a != null && b != null) {
				List<Statement> key = List.of(a, b);
				latest.remove(key);
				latest.put(key, Boolean.valueOf(correction.link()));
			}
		}
		latest.forEach((pair, link) -> (link.booleanValue() ? resolved.links : resolved.unlinks)
				.computeIfAbsent(pair.get(0), key -> new LinkedHashSet<>()).add(pair.get(1)));
		return resolved;
	}

	private static String flat(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The statements of one report by id and by text. */
	private static final class Finder {
		private final String prefix;
		private final Map<String, Statement> byId = new HashMap<>();
		private final Map<String, Statement> byText = new HashMap<>();
		private final java.util.Set<String> repeated = new java.util.HashSet<>();

		Finder(Report report) {
			prefix = report.getId() + '/';
			for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Statement statement) {
					byId.put(statement.getId(), statement);
					// a text written twice in one report names neither statement
					String text = flat(statement.getText());
					if (byText.putIfAbsent(text, statement) != null) {
						repeated.add(text);
					}
				}
			}
		}

		Statement find(String id, String text) {
			if (!id.startsWith(prefix)) {
				return null;
			}
			Statement statement = byId.get(id);
			if (statement != null || text.isEmpty() || repeated.contains(flat(text))) {
				return statement;
			}
			return byText.get(flat(text));
		}
	}
}
