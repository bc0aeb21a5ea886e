package yeardiff.ingest.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which strategic partner a stretch of a letter is about, told from the sentences that name it or
 * use its adjective ("Duitsland", "de Duitse brigade", "op Duits verzoek", "de VS", "Britse
 * mariniers"). Where pages are missing, so may be the heading of the partner whose section the
 * following text belongs to: the 2019 report goes from the section on the United Kingdom straight
 * into text about the United States. The letters name the partner they write about in nearly every
 * sentence and other partners in passing ("samen met Noorwegen en Duitsland"), so a partner counts
 * as the subject only when clearly more sentences name it than any other.
 */
final class PartnerMentions {

	/** Fewer sentences naming a partner are a passing mention, not the subject. */
	private static final int FEWEST_SENTENCES = 2;

	/** How many times more sentences must name the subject than any other partner. */
	private static final int DOMINANCE = 2;

	/** The strategic partners of the yearly reports by their registry ids, with their names and adjectives. */
	private static final Map<String, Pattern> PARTNERS = partners();

	private PartnerMentions() {
	}

	/**
	 * The one partner the sentences are clearly about, other than the one the text is already
	 * filed under.
	 *
	 * @param sentences the sentences of the stretch
	 * @param currentPartner the registry id of the partner of the section the stretch would otherwise
	 *            belong to, null when that section is about no partner
	 * @return the registry id of the partner, empty when no partner, several partners or the current
	 *         one stand out
	 */
	static Optional<String> clearPartner(List<String> sentences, String currentPartner) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Map.Entry<String, Pattern> partner : PARTNERS.entrySet()) {
			int count = (int) sentences.stream().filter(sentence -> partner.getValue().matcher(sentence).find()).count();
			counts.put(partner.getKey(), Integer.valueOf(count));
		}
		String subject = null;
		int most = 0;
		int second = 0;
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			int value = count.getValue().intValue();
			if (value > most) {
				second = most;
				most = value;
				subject = count.getKey();
			} else if (value > second) {
				second = value;
			}
		}
		if (subject == null || subject.equals(currentPartner) || most < FEWEST_SENTENCES || most < DOMINANCE * second) {
			return Optional.empty();
		}
		return Optional.of(subject);
	}

	private static Map<String, Pattern> partners() {
		Map<String, Pattern> partners = new LinkedHashMap<>();
		partners.put("belgie-luxemburg", words("België", "Belgische", "Belgisch", "Luxemburg", "Luxemburgse")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		partners.put("duitsland", words("Duitsland", "Duitse", "Duits")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		partners.put("frankrijk", words("Frankrijk", "Franse", "Frans")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		partners.put("noorwegen", words("Noorwegen", "Noorse", "Noors", "Noren")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		partners.put("verenigd-koninkrijk", words("Verenigd Koninkrijk", "VK", "Britse", "Brits", "Britten")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		partners.put("verenigde-staten", words("Verenigde Staten", "VS", "Amerikaanse", "Amerikaans", "Amerikanen")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return Collections.unmodifiableMap(partners);
	}

	/**
	 * Any of the words, standing alone or as part of a hyphenated compound ("Duits-Nederlandse"),
	 * a space inside them matching any run of white space.
	 */
	private static Pattern words(String... words) {
		StringBuilder alternatives = new StringBuilder();
		for (String word : words) {
			alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(word).replace(" ", "\\E\\s+\\Q")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
