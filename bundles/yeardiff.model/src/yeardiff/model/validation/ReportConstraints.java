package yeardiff.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import yeardiff.model.api.Fact;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportPackage;

/**
 * The rules a report must keep beyond its metamodel: a statement has text, and every fact points
 * at words that really are inside its statement. Registered for the report package by
 * {@link #register()}; {@link #validate(EObject)} runs them over a whole tree.
 */
public final class ReportConstraints extends EObjectValidator {

	public static final String SOURCE = "yeardiff.model"; //$NON-NLS-1$
	public static final int STATEMENT_WITHOUT_TEXT = 1;
	public static final int FACT_OUTSIDE_STATEMENT = 2;
	public static final int FACT_TEXT_MISMATCH = 3;

	private static final ReportConstraints INSTANCE = new ReportConstraints();

	private ReportConstraints() {
	}

	/** Registers these constraints for the report package in the global validator registry. */
	public static void register() {
		EValidator.Registry.INSTANCE.put(ReportPackage.eINSTANCE, INSTANCE);
	}

	/** Validates a root and everything it contains. */
	public static Diagnostic validate(EObject root) {
		register();
		return Diagnostician.INSTANCE.validate(root);
	}

	@Override
	protected EPackage getEPackage() {
		return ReportPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		if (object instanceof Statement statement) {
			valid &= validateStatement(statement, diagnostics);
		} else if (object instanceof Fact fact) {
			valid &= validateFact(fact, diagnostics);
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private static boolean validateStatement(Statement statement, DiagnosticChain diagnostics) {
		if (statement.getText() != null && !statement.getText().isBlank()) {
			return true;
		}
		report(diagnostics, STATEMENT_WITHOUT_TEXT, "Statement " + statement.getId() + " has no text", statement); //$NON-NLS-1$ //$NON-NLS-2$
		return false;
	}

	private static boolean validateFact(Fact fact, DiagnosticChain diagnostics) {
		if (!(fact.eContainer() instanceof Statement statement) || statement.getText() == null) {
			return true;
		}
		String text = statement.getText();
		if (fact.getBegin() < 0 || fact.getEnd() > text.length() || fact.getBegin() >= fact.getEnd()) {
			report(diagnostics, FACT_OUTSIDE_STATEMENT, "Fact '" + fact.getText() + "' lies outside statement " //$NON-NLS-1$ //$NON-NLS-2$
					+ statement.getId(), fact);
			return false;
		}
		if (fact.getText() != null && !fact.getText().equals(text.substring(fact.getBegin(), fact.getEnd()))) {
			report(diagnostics, FACT_TEXT_MISMATCH, "Fact '" + fact.getText() + "' does not match its span in statement " //$NON-NLS-1$ //$NON-NLS-2$
					+ statement.getId(), fact);
			return false;
		}
		return true;
	}

	private static void report(DiagnosticChain diagnostics, int code, String message, EObject object) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message, new Object[] { object }));
		}
	}
}
