package yeardiff.ingest.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits Dutch running text into sentences. ICU's sentence rules find the candidates (they already
 * keep decimal commas, amounts and lower-case continuations together); this splitter then refuses
 * the candidates that Dutch government prose makes wrong: after abbreviations that never end a
 * sentence ({@code mw.}, {@code t.a.v.}, {@code nr.}, {@code Zr.Ms.}, {@code b.d.} ...), after
 * initials ({@code J.M. Smit}), after an ordinal ({@code de Duitse 1. Panzerdivision}, but not
 * {@code het Type 32. De extra uitgaven}, where an article follows the number) and
 * anywhere inside parentheses or quotation marks (a quoted report title has full stops of its own). Abbreviations that may end a sentence ({@code jl.}, {@code enz.})
 * end one when a capital follows.
 */
public final class DutchSentenceSplitter {

	/** A half-open range of the text. */
	public record Span(int start, int end) {
	}

	private static final Set<String> NEVER_FINAL = Set.of("mw.", "mevr.", "dhr.", "hr.", "t.a.v.", "nr.", "nrs.", "ca.", "o.a.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"zr.ms.", "hr.ms.", "zr.", "ms.", "b.d.", "d.w.z.", "bijv.", "bv.", "m.b.t.", "i.v.m.", "t.b.v.", "t.o.v.", "i.p.v.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"n.a.v.", "m.u.v.", "m.i.v.", "o.m.", "o.l.v.", "z.g.", "zgn.", "resp.", "art.", "blz.", "p.", "drs.", "dr.", "mr.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"ir.", "ing.", "prof.", "gen.", "lt.", "kol.", "maj.", "kap.", "jhr.", "st.", "incl.", "excl.", "max.", "min.", "mln.", "mld.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"c.q.", "e.v.", "cf.", "vgl."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> MAY_BE_FINAL = Set.of("jl.", "enz.", "etc.", "e.d.", "e.a.", "a.s."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.)+"); //$NON-NLS-1$
	private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\."); //$NON-NLS-1$
	private static final Set<String> ARTICLES = Set.of("de", "het", "der", "den"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Words that open a sentence and never follow an ordinal: articles, demonstratives and pronouns. */
	private static final Set<String> OPENERS = Set.of("de", "het", "een", "dit", "deze", "dat", "die", "er", "ik", "wij", "we", "zij", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"ze", "hij", "u"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Quotation marks that pair up, opening and closing; a closing quote is also the apostrophe of "thema’s". */
	private static final String OPENING_QUOTES = "\u2018\u201c\u00ab"; //$NON-NLS-1$
	private static final String CLOSING_QUOTES = "\u2019\u201d\u00bb"; //$NON-NLS-1$
	/** A quotation longer than this is not a quotation but a stray mark. */
	private static final int MAX_QUOTE_LENGTH = 300;
	/** How far before a candidate boundary its last words are looked for. */
	private static final int LOOK_BEHIND = 400;
	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[(\\[\u00ab\u201c\u2018\"']+"); //$NON-NLS-1$

	private final BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag("nl")); //$NON-NLS-1$

	/** The sentences of the text, trimmed, in order. */
	public List<Span> split(String text) {
		BitSet insideBrackets = insideBrackets(text);
		List<Span> spans = new ArrayList<>();
		sentences.setText(text);
		int start = 0;
		for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
			if (end < text.length() && (insideBrackets.get(end) || continues(text, end))) {
				continue;
			}
			addTrimmed(spans, text, start, end);
			start = end;
		}
		addTrimmed(spans, text, start, text.length());
		return spans;
	}

	private static void addTrimmed(List<Span> spans, String text, int start, int end) {
		int from = start;
		int to = end;
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		if (from < to) {
			spans.add(new Span(from, to));
		}
	}

	/** Whether the sentence goes on past this candidate boundary. */
	private static boolean continues(String text, int boundary) {
		// the last two words decide, so only the end of the text before the boundary is looked at:
		// copying all of it for every boundary made a long paragraph take quadratic time
		String before = text.substring(Math.max(0, boundary - LOOK_BEHIND), boundary).stripTrailing();
		int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
		String token = LEADING_PUNCTUATION.matcher(before.substring(space + 1)).replaceAll(""); //$NON-NLS-1$
		String lower = token.toLowerCase(Locale.ROOT);
		if (!token.endsWith(".")) { //$NON-NLS-1$
			return false;
		}
		if (NEVER_FINAL.contains(lower) || INITIALS.matcher(token).matches()) {
			return true;
		}
		if (MAY_BE_FINAL.contains(lower)) {
			return !startsWithCapital(text, boundary);
		}
		if (ORDINAL.matcher(token).matches()) {
			String previous = previousWord(before, space);
			return !previous.isEmpty() && (ARTICLES.contains(previous.toLowerCase(Locale.ROOT)) || Character.isUpperCase(previous.codePointAt(0)))
					&& !OPENERS.contains(nextWord(text, boundary).toLowerCase(Locale.ROOT));
		}
		return false;
	}

	private static String nextWord(String text, int from) {
		int start = from;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	private static boolean startsWithCapital(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				return Character.isUpperCase(c);
			}
		}
		return false;
	}

	private static String previousWord(String before, int space) {
		String head = before.substring(0, Math.max(0, space)).stripTrailing();
		return head.substring(head.lastIndexOf(' ') + 1);
	}

	/**
	 * The offsets that lie inside a pair of parentheses or quotation marks. A bracket without its
	 * partner (an extraction that lost one, a paragraph cut off by a missing page) encloses nothing.
	 */
	private static BitSet insideBrackets(String text) {
		// +1 where an enclosed range starts, -1 past its end: one pass, however deep the nesting
		int[] depth = new int[text.length() + 2];
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				open.push(Integer.valueOf(i));
			} else if (c == ')' && !open.isEmpty()) {
				depth[open.pop().intValue() + 1]++;
				depth[i + 1]--;
			} else if (OPENING_QUOTES.indexOf(c) >= 0) {
				int close = text.indexOf(CLOSING_QUOTES.charAt(OPENING_QUOTES.indexOf(c)), i + 1);
				if (close > 0 && close - i <= MAX_QUOTE_LENGTH) {
					depth[i + 1]++;
					depth[close + 1]--;
				}
			}
		}
		BitSet inside = new BitSet(text.length());
		int level = 0;
		for (int i = 0; i <= text.length(); i++) {
			level += depth[i];
			if (level > 0) {
				inside.set(i);
			}
		}
		return inside;
	}
}
