package yeardiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What users taught about subjects beyond the {@linkplain SubjectRegistry#standard() standard
 * registry}: new subjects ({@code yeardiff subject add polen Polen}) and other names of known ones
 * ({@code yeardiff subject alias navo "Noord-Atlantisch Bondgenootschap"}). A repository keeps them
 * in one committed text file, a lesson per line in the order they were taught, so that every
 * command, the workbench and a colleague's clone read letters alike, and {@code git log} shows who
 * taught what:
 *
 * <pre>
 * add	polen	Polen
 * alias	navo	Noord-Atlantisch Bondgenootschap
 * </pre>
 */
public final class TaughtSubjects {

	/** What a lesson teaches. */
	public enum Kind {
		/** A subject of its own. */
		ADD,
		/** Another name of a subject. */
		ALIAS
	}

	/** One thing taught: a new subject with its name, or another name of a subject. */
	public record Lesson(Kind kind, String id, String name) {

		public Lesson {
			Objects.requireNonNull(kind);
			Objects.requireNonNull(id);
			Objects.requireNonNull(name);
		}
	}

	/** Ids as the registry's: lower-case ASCII words joined by hyphens. */
	private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*"); //$NON-NLS-1$
	private static final int MAX_NAME_LENGTH = 120;
	private static final String COMMENT = "#"; //$NON-NLS-1$

	private final List<Lesson> lessons;

	private TaughtSubjects(List<Lesson> lessons) {
		this.lessons = List.copyOf(lessons);
	}

	/** Nothing taught. */
	public static TaughtSubjects none() {
		return new TaughtSubjects(List.of());
	}

	/**
	 * The lessons of a subjects file.
	 *
	 * @throws IllegalArgumentException naming the first line that is not a lesson
	 */
	public static TaughtSubjects parse(String text) {
		List<Lesson> lessons = new ArrayList<>();
		int number = 0;
		for (String line : text.lines().toList()) {
			number++;
			if (line.isBlank() || line.startsWith(COMMENT)) {
				continue;
			}
			String[] fields = line.split("\t", -1); //$NON-NLS-1$
			Kind kind = fields.length == 3 ? kind(fields[0]) : null;
			if (kind == null || !ID.matcher(fields[1]).matches() || fields[2].isBlank()) {
				throw new IllegalArgumentException("line " + number + " is not 'add|alias<TAB>ID<TAB>NAME': " + line); //$NON-NLS-1$ //$NON-NLS-2$
			}
			lessons.add(new Lesson(kind, fields[1], fields[2].strip()));
		}
		return new TaughtSubjects(lessons);
	}

	private static Kind kind(String word) {
		for (Kind kind : Kind.values()) {
			if (kind.name().toLowerCase(Locale.ROOT).equals(word)) {
				return kind;
			}
		}
		return null;
	}

	/** The file's text: a comment saying what it is, then a line per lesson. */
	public String format() {
		StringBuilder text = new StringBuilder("# Subjects taught with 'yeardiff subject add|alias': what, id, name (tab-separated)\n"); //$NON-NLS-1$
		for (Lesson lesson : lessons) {
			text.append(lesson.kind().name().toLowerCase(Locale.ROOT)).append('\t').append(lesson.id()).append('\t').append(lesson.name()).append('\n');
		}
		return text.toString();
	}

	/** The lessons, in the order they were taught. */
	public List<Lesson> lessons() {
		return lessons;
	}

	/**
	 * These lessons and a new subject.
	 *
	 * @param registry the registry these lessons were taught to, which must not know the id or the name
	 * @throws IllegalArgumentException with a one-line message saying what is wrong
	 */
	public TaughtSubjects add(SubjectRegistry registry, String id, String name) {
		String checkedName = checkName(name);
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("'" + id + "' is no subject id: use lower-case letters, digits and hyphens, such as " //$NON-NLS-1$ //$NON-NLS-2$
					+ "'zuid-korea'"); //$NON-NLS-1$
		}
		// a country the registry knows by its rule only may be listed with the name users know it by
		Optional<SubjectDefinition> existing = registry.byId(id);
		if (existing.isPresent() && registry.lists(existing.get())) {
			throw new IllegalArgumentException("subject " + id + " exists already (" + existing.get().name() //$NON-NLS-1$ //$NON-NLS-2$
					+ "): teach it another name with 'yeardiff subject alias " + id + " NAME'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Optional<SubjectDefinition> named = registry.resolve(checkedName);
		if (named.isPresent() && !named.get().id().equals(id)) {
			throw new IllegalArgumentException("'" + checkedName + "' names " + named.get().id() + " already"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return with(new Lesson(Kind.ADD, id, checkedName));
	}

	/**
	 * These lessons and another name of a subject.
	 *
	 * @param registry the registry these lessons were taught to, which must know the id and not the name
	 * @throws IllegalArgumentException with a one-line message saying what is wrong
	 */
	public TaughtSubjects alias(SubjectRegistry registry, String id, String name) {
		String checkedName = checkName(name);
		if (registry.byId(id).isEmpty()) {
			throw new IllegalArgumentException("no subject " + id + ": 'yeardiff subjects' lists them, 'yeardiff subject add " + id //$NON-NLS-1$ //$NON-NLS-2$
					+ " NAME' adds one"); //$NON-NLS-1$
		}
		checkUnused(registry, checkedName);
		return with(new Lesson(Kind.ALIAS, id, checkedName));
	}

	private static String checkName(String name) {
		String stripped = name == null ? "" : name.strip(); //$NON-NLS-1$
		if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("a subject's name is one line of 1 to " + MAX_NAME_LENGTH + " characters: '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return stripped;
	}

	private static void checkUnused(SubjectRegistry registry, String name) {
		Optional<SubjectDefinition> named = registry.resolve(name);
		if (named.isPresent()) {
			throw new IllegalArgumentException("'" + name + "' names " + named.get().id() + " already"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private TaughtSubjects with(Lesson lesson) {
		List<Lesson> more = new ArrayList<>(lessons);
		more.add(lesson);
		return new TaughtSubjects(more);
	}
}
