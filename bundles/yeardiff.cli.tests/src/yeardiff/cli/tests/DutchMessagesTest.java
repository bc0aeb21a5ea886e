package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The headless bundles speak Dutch to a Dutch workbench: each has a {@code messages_nl.properties}
 * beside its {@code messages.properties} whose every text translates one of the English ones with
 * the same placeholders, and {@link ResourceBundle} picks it for the Dutch locale.
 */
class DutchMessagesTest {

	/** The headless bundles' message classes, by the bundle they speak for. */
	private static final List<Class<?>> MESSAGES = List.of(yeardiff.ingest.internal.Messages.class,
			yeardiff.store.internal.Messages.class, yeardiff.audit.internal.Messages.class,
			yeardiff.draft.internal.Messages.class, yeardiff.search.internal.Messages.class, yeardiff.library.internal.Messages.class);
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}"); //$NON-NLS-1$

	@Test
	void everyDutchTextTranslatesAnEnglishOneWithTheSamePlaceholders() throws IOException {
		for (Class<?> messages : MESSAGES) {
			Properties english = read(messages, "messages.properties"); //$NON-NLS-1$
			Properties dutch = read(messages, "messages_nl.properties"); //$NON-NLS-1$
			assertFalse(dutch.isEmpty(), messages.getName());
			for (String key : dutch.stringPropertyNames()) {
				String source = english.getProperty(key);
				assertNotNull(source, messages.getName() + ": " + key + " has no English text"); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(placeholders(source), placeholders(dutch.getProperty(key)), messages.getName() + ": " + key); //$NON-NLS-1$
				assertFalse(source.equals(dutch.getProperty(key)) && source.contains(" "), messages.getName() + ": " + key + " is not translated"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	@Test
	void theDutchLocaleGetsTheDutchText() {
		ResourceBundle store = ResourceBundle.getBundle("yeardiff.store.internal.messages", Locale.forLanguageTag("nl-NL"), //$NON-NLS-1$ //$NON-NLS-2$
				yeardiff.store.internal.Messages.class.getClassLoader());
		assertTrue(store.getString("noReport").startsWith("geen rapport {0} in de repository"), store.getString("noReport")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ResourceBundle english = ResourceBundle.getBundle("yeardiff.store.internal.messages", Locale.ROOT, //$NON-NLS-1$
				yeardiff.store.internal.Messages.class.getClassLoader());
		assertTrue(english.getString("noReport").startsWith("no report {0} in the repository"), english.getString("noReport")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Properties read(Class<?> messages, String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = messages.getResourceAsStream(name)) {
			assertNotNull(in, messages.getPackageName() + '/' + name);
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

	private static TreeSet<String> placeholders(String text) {
		TreeSet<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
