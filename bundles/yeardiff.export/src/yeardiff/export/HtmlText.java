package yeardiff.export;

/**
 * Text made safe for HTML element content and quoted attribute values. Statements hold «», &amp;
 * and now and then {@code <}; names and headings come from letters nobody here controls. Every
 * HTML page Yeardiff writes (comparisons, audit reports, drafts) escapes through this.
 */
public final class HtmlText {

	private HtmlText() {
	}

	/** The text with {@code & < > " '} replaced by entities; null gives the empty string. */
	public static String escape(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
				case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
				case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
				case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
				case '\'' -> escaped.append("&#39;"); //$NON-NLS-1$
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
