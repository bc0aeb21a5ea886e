package yeardiff.cli.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of an OSGi manifest header such as {@code Import-Package}: its names (packages or
 * bundles), attributes ({@code version="[1,2)"}) and directives ({@code resolution:=optional}).
 */
record ManifestClause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {

	/** The clauses of a header value; an absent header has none. */
	static List<ManifestClause> parse(String header) {
		List<ManifestClause> clauses = new ArrayList<>();
		if (header == null || header.isBlank()) {
			return clauses;
		}
		for (String clause : split(header, ',')) {
			List<String> names = new ArrayList<>();
			Map<String, String> attributes = new LinkedHashMap<>();
			Map<String, String> directives = new LinkedHashMap<>();
			for (String part : split(clause, ';')) {
				int directive = part.indexOf(":="); //$NON-NLS-1$
				int attribute = part.indexOf('=');
				if (directive > 0 && directive <= attribute) {
					directives.put(part.substring(0, directive).strip(), unquote(part.substring(directive + 2)));
				} else if (attribute > 0) {
					String key = part.substring(0, attribute).strip();
					int type = key.indexOf(':');
					attributes.put(type > 0 ? key.substring(0, type) : key, unquote(part.substring(attribute + 1)));
				} else if (!part.isBlank()) {
					names.add(part.strip());
				}
			}
			clauses.add(new ManifestClause(names, attributes, directives));
		}
		return clauses;
	}

	boolean optional() {
		return "optional".equals(directives.get("resolution")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Splits at {@code separator} outside double quotes. */
	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == separator && !quoted) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	private static String unquote(String value) {
		String stripped = value.strip();
		if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) { //$NON-NLS-1$ //$NON-NLS-2$
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}
}
