package yeardiff.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Fact;
import yeardiff.model.api.Share;
import yeardiff.model.meta.ReportFactory;

/**
 * Percentages, above all defence spending as a share of GDP: "0,95% van het Bruto Binnenlands
 * Product (BBP)", "2,1% van het BBP", "(1,57% BBP)". A percentage without its own basis is a share
 * of GDP when the statement speaks of GDP and nothing near the percentage names another basis
 * ("naar 1,01% (in plaats van 0,9% van het BBP)"), but not "een investeringsquote van 20%" or
 * "16,83% besteed aan grote investeringen".
 */
public final class ShareRecognizer extends FactRecognizer {

	/** The basis the letters measure defence spending against. */
	public static final String GDP = "BBP"; //$NON-NLS-1$

	private static final Pattern PERCENTAGE = Pattern.compile(
			"(?<![\\d.,])(\\d+(?:,\\d+)?)\\s?(?:%|procent\\b)" //$NON-NLS-1$
					+ "(\\s+(?:van\\s+(?:het|zijn|haar)\\s+)?(?:Bruto\\s+Binnenlands\\s+Product(?:\\s*\\(BBP\\))?|BBP\\b|bbp\\b))?"); //$NON-NLS-1$

	/** What every percentage has after its number, in lower case. */
	private static final List<String> PERCENT_SIGNS = List.of("%", "procent"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Pattern MENTIONS_GDP = Pattern.compile("\\b(?:BBP|bbp|Bruto\\s+Binnenlands\\s+Product)\\b"); //$NON-NLS-1$

	/** Words right after a percentage that measure it against something other than GDP. */
	private static final Pattern OTHER_BASIS_AFTER = Pattern.compile(
			"^\\s*(?:ten opzichte van|per jaar|van de\\b|van het (?!BBP|Bruto)|van zijn (?!BBP)|besteed aan|sinds\\b)"); //$NON-NLS-1$

	/** Words right before a percentage that make it a rate or a quota rather than a share of GDP. */
	private static final Pattern OTHER_BASIS_BEFORE = Pattern.compile("(?:quote|stijging|verhoging|daling|groei) van\\s*$"); //$NON-NLS-1$

	private static final int CONTEXT_REACH = 30;

	@Override
	public void find(StatementText statement, List<Fact> facts) {
		if (!statement.hasDigit() || !statement.mentionsAny(PERCENT_SIGNS)) {
			return;
		}
		String text = statement.text();
		boolean aboutGdp = MENTIONS_GDP.matcher(text).find();
		Matcher percentage = PERCENTAGE.matcher(text);
		while (percentage.find()) {
			double value = dutchNumber(percentage.group(1), 0);
			if (Double.isNaN(value)) {
				continue;
			}
			Share share = ReportFactory.eINSTANCE.createShare();
			share.setValue(value);
			if (percentage.group(2) != null || aboutGdp && !otherBasis(text, percentage.start(), percentage.end())) {
				share.setBasis(GDP);
			}
			facts.add(place(share, statement, percentage.start(), percentage.end()));
		}
	}

	private static boolean otherBasis(String text, int begin, int end) {
		String after = text.substring(end, Math.min(text.length(), end + CONTEXT_REACH));
		String before = text.substring(Math.max(0, begin - CONTEXT_REACH), begin);
		return OTHER_BASIS_AFTER.matcher(after).find() || OTHER_BASIS_BEFORE.matcher(before).find();
	}
}
