package yeardiff.compare;

/**
 * A fact whose value differs between two aligned statements. {@code from} is null for a fact that
 * appeared, {@code to} for one that disappeared; {@code delta} is {@code to - from} in base units
 * (for a year range, the shift of its start), 0 when one side is missing.
 */
public record FactChange(String kind, FactValue from, FactValue to, double delta) {

	/** A short human reading of the change, e.g. {@code €4,9 miljard → € 4,76 miljard (−0,14 miljard EUR)}. */
	public String describe() {
		if (from == null) {
			return "+ " + to.text(); //$NON-NLS-1$
		}
		if (to == null) {
			return "− " + from.text(); //$NON-NLS-1$
		}
		return from.text() + " → " + to.text() + " (" + FactFormat.delta(kind, to.unit(), delta) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
