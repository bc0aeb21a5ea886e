package yeardiff.extract.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/**
 * Every country by its Dutch and English name, from ICU's locale data: a letter may devote a
 * section to any country (Polen, Zweden, Canada ...), and no list kept by hand knows them all.
 */
public final class Countries {

	private static final ULocale DUTCH = ULocale.forLanguageTag("nl"); //$NON-NLS-1$
	private static final ULocale ENGLISH = ULocale.ENGLISH;

	/** Name key of a Dutch or English country name to its ISO 3166 code. */
	private static final Map<String, String> BY_NAME = byName();

	private Countries() {
	}

	/** The ISO 3166 code of the country a name (Dutch or English, any case or accents) names exactly. */
	public static Optional<String> code(String name) {
		return Optional.ofNullable(BY_NAME.get(NameKey.of(name)));
	}

	/** The country's Dutch name as ICU gives it ("Polen", "Zweden"). */
	public static String dutchName(String code) {
		return new ULocale("", code).getDisplayCountry(DUTCH); //$NON-NLS-1$
	}

	/** The country's English name as ICU gives it. */
	public static String englishName(String code) {
		return new ULocale("", code).getDisplayCountry(ENGLISH); //$NON-NLS-1$
	}

	private static Map<String, String> byName() {
		Map<String, String> names = new HashMap<>();
		for (String code : ULocale.getISOCountries()) {
			ULocale country = new ULocale("", code); //$NON-NLS-1$
			names.putIfAbsent(NameKey.of(country.getDisplayCountry(DUTCH)), code);
			names.putIfAbsent(NameKey.of(country.getDisplayCountry(ENGLISH)), code);
		}
		return Collections.unmodifiableMap(names);
	}
}
