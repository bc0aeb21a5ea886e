package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.SubjectKind;

/**
 * Which partner a stretch of a letter is about, told from the sentences that name it or use its
 * adjective ("Duitsland", "de Duitse brigade", "op Duits verzoek", "de VS", "Britse mariniers",
 * "Polen", "Canada"). Where pages are missing, so may be the heading of the partner whose section
 * the following text belongs to: the 2019 report goes from the section on the United Kingdom
 * straight into text about the United States.
 * <p>
 * A sentence names a partner when a run of capitalised words in it is a partner's name or alias in
 * the registry, which knows every country by its Dutch and English name (ICU) and what users
 * taught: a partner new to the letters is recognised as well as the six strategic partners.
 * Adjectives do not follow from names ("Noors", "Brits", "Amerikaans"), so those of the strategic
 * partners are spelled out. A partner of a group the registry lists ("België" of "België en
 * Luxemburg") counts for the group, the section the letters give it.
 * <p>
 * The letters name the partner they write about in nearly every sentence and other partners in
 * passing ("samen met Noorwegen en Duitsland"), so a partner counts as the subject only when clearly
 * more sentences name it than any other. The writer's own country ("Nederland") is named in most
 * sections whatever they are about: a partner the letter names in more than half of its sections
 * is its own voice, never the subject of a stretch.
 */
final class PartnerMentions {

	/** Fewer sentences naming a partner are a passing mention, not the subject. */
	private static final int FEWEST_SENTENCES = 2;

	/** How many times more sentences must name the subject than any other partner. */
	private static final int DOMINANCE = 2;

	/** Fewer stretches than this say nothing about which country is named everywhere. */
	private static final int FEWEST_STRETCHES_FOR_OWN_VOICE = 4;

	/** The longest name of a partner in capitalised words ("Verenigde Staten van Amerika" is matched by its first two). */
	private static final int LONGEST_NAME = 3;

	/** A capitalised word; a hyphen splits compounds of names ("Frans-Duitse", "Nederland-België"). */
	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’]*(?![\\p{L}'’])"); //$NON-NLS-1$

	/** The strategic partners' adjectives and the names the letters use beside the registry's. */
	private static final Map<String, Pattern> ADJECTIVES = adjectives();

	private final SubjectRegistry registry;
	private final Map<String, Optional<String>> partnerOfName = new HashMap<>();
	private final Map<String, String> groupOfMember = new HashMap<>();

	PartnerMentions(SubjectRegistry registry) {
		this.registry = registry;
		for (SubjectDefinition definition : registry.all()) {
			for (String member : definition.members()) {
				groupOfMember.putIfAbsent(member, definition.id());
			}
		}
	}

	/**
	 * The one partner the sentences are clearly about, other than the one the text is already
	 * filed under.
	 *
	 * @param sentences the sentences of the stretch
	 * @param currentPartner the registry id of the partner of the section the stretch would otherwise
	 *            belong to, null when that section is about no partner
	 * @param ownVoice the partners the letter names nearly everywhere ({@link #ownVoice(List)})
	 * @return the registry id of the partner, empty when no partner, several partners or the current
	 *         one stand out
	 */
	Optional<String> clearPartner(List<String> sentences, String currentPartner, Set<String> ownVoice) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String sentence : sentences) {
			for (String partner : named(sentence)) {
				if (!ownVoice.contains(partner)) {
					counts.merge(partner, Integer.valueOf(1), Integer::sum);
				}
			}
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

	/**
	 * The partners a letter names in more than half of its stretches of text (the text between two
	 * headings): the writer's own country, whatever the sections are about.
	 *
	 * @param stretches the sentences of each stretch of the letter
	 */
	Set<String> ownVoice(List<List<String>> stretches) {
		if (stretches.size() < FEWEST_STRETCHES_FOR_OWN_VOICE) {
			return Set.of();
		}
		Map<String, Integer> stretchesNaming = new HashMap<>();
		for (List<String> stretch : stretches) {
			Set<String> named = new HashSet<>();
			for (String sentence : stretch) {
				named.addAll(named(sentence));
			}
			for (String partner : named) {
				stretchesNaming.merge(partner, Integer.valueOf(1), Integer::sum);
			}
		}
		Set<String> own = new HashSet<>();
		stretchesNaming.forEach((partner, count) -> {
			if (2 * count.intValue() > stretches.size()) {
				own.add(partner);
			}
		});
		return Collections.unmodifiableSet(own);
	}

	/** The partners one sentence names, by registry id (a group's member counted as the group). */
	Set<String> named(String sentence) {
		Set<String> partners = new HashSet<>();
		for (Map.Entry<String, Pattern> adjective : ADJECTIVES.entrySet()) {
			if (adjective.getValue().matcher(sentence).find()) {
				partners.add(adjective.getKey());
			}
		}
		List<Word> run = new ArrayList<>();
		Matcher word = CAPITALISED.matcher(sentence);
		while (word.find()) {
			boolean continues = !run.isEmpty() && sentence.substring(run.get(run.size() - 1).end(), word.start()).isBlank();
			if (!continues) {
				namesIn(run, sentence, partners);
				run.clear();
			}
			run.add(new Word(word.start(), word.end()));
		}
		namesIn(run, sentence, partners);
		return partners;
	}

	/** Every stretch of up to {@link #LONGEST_NAME} consecutive words of a run that names a partner. */
	private void namesIn(List<Word> run, String sentence, Set<String> partners) {
		for (int from = 0; from < run.size(); from++) {
			for (int to = from; to < Math.min(run.size(), from + LONGEST_NAME); to++) {
				String name = sentence.substring(run.get(from).start(), run.get(to).end());
				partnerOf(name).ifPresent(partners::add);
			}
		}
	}

	/** Where a capitalised word stands in its sentence. */
	private record Word(int start, int end) {
	}

	private Optional<String> partnerOf(String name) {
		return partnerOfName.computeIfAbsent(name, key -> registry.resolve(key)
				.filter(definition -> definition.kind() == SubjectKind.PARTNER)
				.map(definition -> groupOfMember.getOrDefault(definition.id(), definition.id())));
	}

	private static Map<String, Pattern> adjectives() {
		Map<String, Pattern> partners = new LinkedHashMap<>();
		partners.put("belgie-luxemburg", words("Belgische", "Belgisch", "Luxemburgse")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		partners.put("duitsland", words("Duitse", "Duits")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		partners.put("frankrijk", words("Franse", "Frans")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		partners.put("noorwegen", words("Noorse", "Noors", "Noren")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		partners.put("verenigd-koninkrijk", words("Britse", "Brits", "Britten")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		partners.put("verenigde-staten", words("Amerikaanse", "Amerikaans", "Amerikanen")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
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
