package yeardiff.model.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifiers derived from content and position, never random: the same letter imported twice
 * must give the same XMI bytes, and a statement that a later year (or a draft) repeats word for
 * word gets the same last id segment, which history and comparison rely on. The importer and the
 * drafts both name what they create with these.
 */
public final class StableIds {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+"); //$NON-NLS-1$
	private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$"); //$NON-NLS-1$
	private static final char VERTICAL_TAB = 0x0B;
	private static final String UNTITLED = "section"; //$NON-NLS-1$
	private static final int MAX_SLUG_LENGTH = 60;
	private static final int HASH_HEX_DIGITS = 8;

	private StableIds() {
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
	 * case and Unicode composition do not change it.
	 */
	public static String textHash(String text) {
		String normalised = collapseWhitespace(Normalizer.normalize(text, Normalizer.Form.NFKC)).strip().toLowerCase(Locale.ROOT);
		return sha256(normalised.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_HEX_DIGITS);
	}

	/**
	 * Each run of white space as one space, as {@code text.replaceAll("\\s+", " ")} gives it (the
	 * ASCII white space of {@code \s}), without a regular expression: every statement of every
	 * import is hashed.
	 */
	private static String collapseWhitespace(String text) {
		StringBuilder collapsed = new StringBuilder(text.length());
		boolean inRun = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isAsciiWhitespace(c)) {
				collapsed.append(c);
				inRun = false;
			} else if (!inRun) {
				collapsed.append(' ');
				inRun = true;
			}
		}
		return collapsed.toString();
	}

	private static boolean isAsciiWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == VERTICAL_TAB || c == '\f' || c == '\r';
	}

	/** The SHA-256 of the bytes, in lower-case hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
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
}
