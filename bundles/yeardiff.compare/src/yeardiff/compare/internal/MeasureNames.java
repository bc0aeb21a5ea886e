package yeardiff.compare.internal;

import yeardiff.model.api.MeasureKind;
import yeardiff.model.nls.MessageFields;

/**
 * What each kind of measure is called where people read it (timeline series, fact moves in the
 * text and the exports), in the language of the letters by default.
 */
public final class MeasureNames {

	public static String defenceBudget;
	public static String budgetChange;
	public static String gdpShare;
	public static String investment;
	public static String personnel;
	public static String quantity;
	public static String deliveryYear;
	public static String mandateEnd;
	public static String other;
	public static String fiscalYears;
	public static String norm;

	private static final String NORM = "norm"; //$NON-NLS-1$

	static {
		MessageFields.load(MeasureNames.class, "yeardiff.compare.internal.measures"); //$NON-NLS-1$
	}

	private MeasureNames() {
	}

	/**
	 * A measure's name: {@code defensiebudget (GBP)}, {@code personeel Enhanced Forward Presence},
	 * {@code defensiebudget (GBP, begrotingsjaren)}.
	 *
	 * @param unit shown for money, whose currencies are kept apart; null to leave out
	 */
	public static String of(MeasureKind kind, String subject, String unit, boolean fiscal) {
		StringBuilder name = new StringBuilder(kindName(kind));
		if (NORM.equals(subject)) {
			// the extraction's mark for a norm, goal or floor ("de 2% NAVO-norm", "ten minste 2%")
			name.append(", ").append(norm); //$NON-NLS-1$
		} else if (subject != null) {
			name.append(' ').append(subject);
		}
		boolean money = kind == MeasureKind.DEFENCE_BUDGET || kind == MeasureKind.BUDGET_CHANGE || kind == MeasureKind.INVESTMENT;
		if (money && unit != null || fiscal) {
			name.append(" ("); //$NON-NLS-1$
			if (money && unit != null) {
				name.append(unit);
			}
			if (fiscal) {
				name.append(money && unit != null ? ", " : "").append(fiscalYears); //$NON-NLS-1$ //$NON-NLS-2$
			}
			name.append(')');
		}
		return name.toString();
	}

	private static String kindName(MeasureKind kind) {
		return switch (kind) {
			case DEFENCE_BUDGET -> defenceBudget;
			case BUDGET_CHANGE -> budgetChange;
			case GDP_SHARE -> gdpShare;
			case INVESTMENT -> investment;
			case PERSONNEL -> personnel;
			case QUANTITY -> quantity;
			case DELIVERY_YEAR -> deliveryYear;
			case MANDATE_END -> mandateEnd;
			default -> other;
		};
	}
}
