package yeardiff.draft.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * The ids of a draft and of what it holds: {@code draft-<year>} for the draft,
 * {@code <draft>/<section key>} for a section, {@code <section>/<text hash>} for a statement. They
 * follow the importer's scheme (the same text hash: 8 hex digits of the SHA-256 of the normalised
 * text), so a statement carried over word for word ends in the same id segment as in the report it
 * came from, which history and comparison rely on.
 */
public final class DraftIds {

	private static final String DRAFT_PREFIX = "draft-"; //$NON-NLS-1$
	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+"); //$NON-NLS-1$
	private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$"); //$NON-NLS-1$
	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$
	private static final String UNTITLED = "section"; //$NON-NLS-1$
	private static final int MAX_SLUG_LENGTH = 60;
	private static final int HASH_HEX_DIGITS = 8;

	private DraftIds() {
	}

	/** {@code draft-2022}. */
	public static String report(int year) {
		return DRAFT_PREFIX + year;
	}

	/**
	 * The key of a section carried over from {@code previous}: its id without the previous report's
	 * id ({@code 2021/verenigde-staten} gives {@code verenigde-staten}), else the slug of its heading.
	 */
	public static String sectionKey(Section section, String previousReportId) {
		String id = section.getId();
		String prefix = previousReportId + '/';
		if (id != null && id.startsWith(prefix) && id.length() > prefix.length()) {
			return id.substring(prefix.length());
		}
		return slug(section.getHeading());
	}

	/** "België en Luxemburg" as {@code belgie-en-luxemburg}: lower-case ASCII words joined by hyphens. */
	public static String slug(String text) {
		if (text == null) {
			return UNTITLED;
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll(""); //$NON-NLS-1$
		String slug = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"); //$NON-NLS-1$
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH);
		}
		slug = EDGE_HYPHENS.matcher(slug).replaceAll(""); //$NON-NLS-1$
		return slug.isEmpty() ? UNTITLED : slug;
	}

	/**
	 * The first eight hex digits of the SHA-256 of a statement's text, normalised so that spacing,
	 * case and Unicode composition do not change it: the importer's statement hash.
	 */
	public static String textHash(String text) {
		String normalised = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip() //$NON-NLS-1$
				.toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** The id itself when unused, else the id with the first free suffix -2, -3 ...; records it as used. */
	public static String unique(String id, Set<String> used) {
		String candidate = id;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = id + '-' + n;
		}
		return candidate;
	}

	/**
	 * The ids of the report's sections and statements: ids are unique in a report (they are XMI
	 * ids), so a new one must avoid all of them, wherever a statement was moved to.
	 */
	public static Set<String> used(Report report) {
		Set<String> used = new HashSet<>();
		for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (next instanceof Section section) {
				used.add(section.getId());
			} else if (next instanceof Statement statement) {
				used.add(statement.getId());
				contents.prune();
			}
		}
		return used;
	}
}
