package yeardiff.words;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * {@link DutchWords}' analysis as a Lucene {@link Analyzer}, for a full-text index and its queries:
 * Unicode word breaks, lower case, diacritics folded, {@linkplain DutchWords#isStopWord stop words}
 * out, Snowball's Dutch stemmer ({@code fregat} finds "fregatten", {@code Belgie} finds "België").
 * Wildcard and fuzzy query terms, which are not stemmed, are only lower-cased and folded.
 *
 * <p>Instances are thread-safe, as every Lucene analyzer.</p>
 */
public final class DutchWordAnalyzer extends Analyzer {

	private final boolean stem;

	/** The full analysis: terms stemmed. */
	public DutchWordAnalyzer() {
		this(true);
	}

	/** @param stem whether terms are stemmed ({@link DutchWords#terms} leaves them whole) */
	DutchWordAnalyzer(boolean stem) {
		this.stem = stem;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		// Folded before the stop filter, so that a stop word written with an accent ("dáár") is one too.
		TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
		stream = new StopFilter(stream, DutchWords.STOP_WORDS);
		if (stem) {
			stream = new SnowballFilter(stream, new DutchStemmer());
		}
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
