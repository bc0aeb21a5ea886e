package yeardiff.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Reads the letters' Dutch for the index and the queries alike: Lucene's {@link DutchAnalyzer} chain
 * (Unicode word breaks, lower case, Dutch stop words, Snowball's Dutch stemmer, so that
 * {@code fregat} finds "fregatten") with every diacritic folded before stemming, so that a user who
 * types {@code Israel} or {@code Belgie} finds "Israël" and "België" whatever the stemmer does with
 * them.
 */
public final class DutchTextAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
		stream = new ASCIIFoldingFilter(stream);
		stream = new SnowballFilter(stream, new DutchStemmer());
		return new TokenStreamComponents(source, stream);
	}

	/** What wildcard and fuzzy query terms, which are not stemmed, go through: case and diacritics only. */
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
