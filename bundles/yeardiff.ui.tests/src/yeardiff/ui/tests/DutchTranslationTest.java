package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every string the workbench's bundles show has a Dutch translation: each {@code messages.properties}
 * and {@code bundle.properties} of the UI bundles has a {@code _nl} file beside it holding every key,
 * with a text.
 */
class DutchTranslationTest {

	private static final List<String> UI_BUNDLES = List.of("yeardiff.ui", "yeardiff.app", "yeardiff.audit.ui", "yeardiff.draft.ui"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Test
	void everyUserVisibleStringOfTheWorkbenchHasADutchTranslation() throws IOException {
		List<String> missing = new ArrayList<>();
		int files = 0;
		for (String bundle : UI_BUNDLES) {
			Path root = Paths.get("..", bundle); //$NON-NLS-1$
			try (Stream<Path> found = Files.walk(root)) {
				for (Path english : found.filter(DutchTranslationTest::isEnglishMessages).toList()) {
					files++;
					String name = english.getFileName().toString();
					Path dutch = english.resolveSibling(name.replace(".properties", "_nl.properties")); //$NON-NLS-1$ //$NON-NLS-2$
					if (!Files.exists(dutch)) {
						missing.add(dutch + " (no file)"); //$NON-NLS-1$
						continue;
					}
					Properties en = load(english);
					Properties nl = load(dutch);
					for (String key : en.stringPropertyNames()) {
						if (nl.getProperty(key, "").isBlank()) { //$NON-NLS-1$
							missing.add(dutch + ": " + key); //$NON-NLS-1$
						}
					}
				}
			}
		}
		assertTrue(files >= 8, "found only " + files + " message files: run from the test bundle's folder"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(missing.isEmpty(), "untranslated: " + missing); //$NON-NLS-1$
	}

	private static boolean isEnglishMessages(Path file) {
		String name = file.getFileName().toString();
		return (name.equals("messages.properties") || name.equals("bundle.properties")) //$NON-NLS-1$ //$NON-NLS-2$
				&& !file.toString().contains("/target/") && !file.toString().contains("/bin/"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return properties;
	}
}
