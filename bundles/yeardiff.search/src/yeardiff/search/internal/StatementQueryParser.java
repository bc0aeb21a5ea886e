package yeardiff.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;

/**
 * Lucene's classic query syntax over the statement texts, with all words required unless the user
 * writes {@code OR}, and two filters: {@code partner:} takes any name the registry knows for a
 * partner ({@code partner:duitsland}, {@code partner:Germany}, {@code partner:"België en
 * Luxemburg"}), {@code year:} a year or a range ({@code year:2020}, {@code year:[2019 TO 2020]}).
 * Words joined by a hyphen ({@code F-35}, {@code EU-NAVO}) are searched as a phrase. Any other field
 * is refused, so that a mistyped filter is not silently searched as text.
 */
public final class StatementQueryParser extends QueryParser {

	private static final String OPEN_END = "*"; //$NON-NLS-1$

	private final SubjectRegistry registry;

	public StatementQueryParser(Analyzer analyzer, SubjectRegistry registry) {
		super(StatementDocuments.TEXT, analyzer);
		this.registry = registry;
		setDefaultOperator(AND_OPERATOR);
		// a phrase per hyphenated word needs the words split before analysis
		setSplitOnWhitespace(true);
		setAutoGeneratePhraseQueries(true);
	}

	@Override
	protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
		return switch (field) {
			case StatementDocuments.TEXT -> super.getFieldQuery(field, queryText, quoted);
			case StatementDocuments.PARTNER -> partner(queryText);
			case StatementDocuments.YEAR -> IntPoint.newExactQuery(StatementDocuments.YEAR, year(queryText));
			default -> throw unknownField(field);
		};
	}

	@Override
	protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
			boolean endInclusive) throws ParseException {
		return switch (field) {
			case StatementDocuments.TEXT -> super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
			case StatementDocuments.YEAR -> {
				int from = part1 == null || part1.equals(OPEN_END) ? Integer.MIN_VALUE : year(part1) + (startInclusive ? 0 : 1);
				int to = part2 == null || part2.equals(OPEN_END) ? Integer.MAX_VALUE : year(part2) - (endInclusive ? 0 : 1);
				yield IntPoint.newRangeQuery(StatementDocuments.YEAR, from, to);
			}
			default -> throw onlyExact(field);
		};
	}

	@Override
	protected Query getPrefixQuery(String field, String termStr) throws ParseException {
		textOnly(field);
		return super.getPrefixQuery(field, termStr);
	}

	@Override
	protected Query getWildcardQuery(String field, String termStr) throws ParseException {
		textOnly(field);
		return super.getWildcardQuery(field, termStr);
	}

	@Override
	protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
		textOnly(field);
		return super.getFuzzyQuery(field, termStr, minSimilarity);
	}

	@Override
	protected Query getRegexpQuery(String field, String termStr) throws ParseException {
		textOnly(field);
		return super.getRegexpQuery(field, termStr);
	}

	private Query partner(String name) throws ParseException {
		String id = registry.resolve(name).map(SubjectDefinition::id)
				.orElseThrow(() -> new FilterException(Messages.bind(Messages.unknownPartner, name)));
		return new TermQuery(new Term(StatementDocuments.PARTNER, id));
	}

	private static int year(String text) throws ParseException {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new FilterException(Messages.bind(Messages.invalidYear, text));
		}
	}

	private static void textOnly(String field) throws ParseException {
		if (!field.equals(StatementDocuments.TEXT)) {
			throw isFilter(field) ? onlyExact(field) : unknownField(field);
		}
	}

	private static boolean isFilter(String field) {
		return field.equals(StatementDocuments.PARTNER) || field.equals(StatementDocuments.YEAR);
	}

	private static ParseException unknownField(String field) {
		return new FilterException(Messages.bind(Messages.unknownField, field));
	}

	private static ParseException onlyExact(String field) {
		return new FilterException(Messages.bind(Messages.exactFilter, field));
	}

	/**
	 * A filter the parser read but cannot use. Its message is already the one to show: the parser
	 * wraps what its hooks throw into a message about the whole query, and the search unwraps it.
	 */
	public static final class FilterException extends ParseException {

		private static final long serialVersionUID = 1L;

		FilterException(String message) {
			super(message);
		}
	}
}
