package yeardiff.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Report;
import yeardiff.words.DutchWordAnalyzer;
import yeardiff.search.internal.IndexFolder;
import yeardiff.search.internal.Messages;
import yeardiff.search.internal.StatementDocuments;
import yeardiff.search.internal.StatementQueryParser;
import yeardiff.search.internal.StatementQueryParser.FilterException;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Full-text search over every statement of every report in a repository, in Dutch: words are
 * stemmed ({@code fregat} finds "fregatten") and diacritics folded ({@code Israel} finds "Israël").
 * A query is a list of words that must all occur, "quoted phrases", and the filters
 * {@code partner:} (an id or any name of a partner, such as {@code partner:duitsland} or
 * {@code partner:Germany}) and {@code year:} ({@code year:2020}, {@code year:[2019 TO 2020]});
 * Lucene's classic syntax ({@code OR}, {@code -word}, {@code fregat*}) works as well.
 *
 * <p>The index is derived data: it is built from the reports at HEAD on the first search and
 * kept in the repository's Git folder under the commit's id, so that every later search, in this
 * or another process, reuses it until HEAD moves. See {@link IndexFolder} for how it stays sound
 * when processes die or race.</p>
 *
 * <p>Instances are safe for use by several threads; searches run one at a time.</p>
 */
public final class ReportSearch implements AutoCloseable {

	private static final String GIT_FOLDER = ".git"; //$NON-NLS-1$
	private static final String INDEX_ROOT = "yeardiff/search"; //$NON-NLS-1$
	private static final char QUOTE = '"';
	private static final char ESCAPE = '\\';

	private final ReportRepository repository;
	private final SubjectRegistry registry;
	private final Analyzer analyzer = new DutchWordAnalyzer();
	private final StatementDocuments documents;
	private final Path root;

	/** The index of the HEAD seen last; guarded by {@code this}. */
	private IndexFolder index;

	private ReportSearch(ReportRepository repository, SubjectRegistry registry) {
		this.repository = repository;
		this.registry = registry;
		this.documents = new StatementDocuments(registry);
		this.root = repository.directory().resolve(GIT_FOLDER).resolve(INDEX_ROOT);
	}

	/** The search over the reports of {@code repository}, which stays open while the search is used. */
	public static ReportSearch of(ReportRepository repository) {
		return new ReportSearch(Objects.requireNonNull(repository), SubjectRegistry.standard());
	}

	/**
	 * The statements that match {@code query}, best first.
	 *
	 * @param max how many hits to return at most, at least 1
	 * @throws InvalidQueryException when the query cannot be read
	 * @throws SearchException when the reports or the index cannot be read
	 */
	public synchronized List<SearchHit> search(String query, int max) throws SearchException {
		if (max < 1) {
			throw new IllegalArgumentException("max must be positive: " + max); //$NON-NLS-1$
		}
		Query parsed = parse(query);
		try {
			String head = repository.head();
			if (head == null) {
				return List.of();
			}
			IndexFolder current = current(head);
			try {
				return hits(current.searcher(), parsed, max);
			} catch (IOException damaged) {
				// the folder opened but a file proved damaged when read: build it once more
				index = null;
				current.discard();
				return hits(current(head).searcher(), parsed, max);
			}
		} catch (StoreException e) {
			throw new SearchException(e.getMessage(), e);
		} catch (IOException e) {
			throw new SearchException(Messages.bind(Messages.indexFailure, root, firstLine(e)), e);
		}
	}

	private Query parse(String query) throws InvalidQueryException {
		if (query == null || query.isBlank()) {
			throw new InvalidQueryException(Messages.emptyQuery);
		}
		if (hasOpenQuote(query)) {
			throw new InvalidQueryException(Messages.bind(Messages.openQuote, query.strip()));
		}
		try {
			return new StatementQueryParser(analyzer, registry).parse(query);
		} catch (ParseException e) {
			if (e.getCause() instanceof FilterException filter) {
				throw new InvalidQueryException(filter.getMessage(), e);
			}
			Throwable reason = e.getCause() != null ? e.getCause() : e;
			throw new InvalidQueryException(Messages.bind(Messages.invalidQuery, query.strip(), firstLine(reason)), e);
		}
	}

	private static boolean hasOpenQuote(String query) {
		boolean open = false;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == ESCAPE) {
				i++;
			} else if (c == QUOTE) {
				open = !open;
			}
		}
		return open;
	}

	private IndexFolder current(String head) throws IOException, StoreException, SearchException {
		if (index != null && index.commit().equals(head)) {
			return index;
		}
		IndexFolder next = IndexFolder.open(root, head).orElse(null);
		if (next == null) {
			List<Report> reports = repository.loadAll();
			if (!head.equals(repository.head())) {
				throw new SearchException(Messages.repositoryMoved);
			}
			List<Document> statements = new ArrayList<>();
			for (Report report : reports) {
				statements.addAll(documents.of(report));
			}
			next = IndexFolder.build(root, head, statements, analyzer);
		}
		if (index != null) {
			index.close();
		}
		index = next;
		return index;
	}

	private static List<SearchHit> hits(IndexSearcher searcher, Query query, int max) throws IOException {
		ScoreDoc[] scoreDocs = searcher.search(query, max).scoreDocs;
		StoredFields fields = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>(scoreDocs.length);
		for (ScoreDoc scoreDoc : scoreDocs) {
			hits.add(StatementDocuments.hit(fields, scoreDoc.doc, scoreDoc.score));
		}
		return hits;
	}

	private static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.lines().findFirst().orElse(message).strip();
	}

	/** Closes the open index; the repository stays open. */
	@Override
	public synchronized void close() throws IOException {
		if (index != null) {
			index.close();
			index = null;
		}
	}
}
