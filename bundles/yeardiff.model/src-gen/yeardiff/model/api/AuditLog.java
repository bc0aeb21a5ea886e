/**
 */
package yeardiff.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audit Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The auditors' verdicts on commitments, kept in audit/verdicts.xmi.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.AuditLog#getVerdicts <em>Verdicts</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getAuditLog()
 * @model
 * @generated
 */
public interface AuditLog extends EObject {
	/**
	 * Returns the value of the '<em><b>Verdicts</b></em>' containment reference list.
	 * The list contents are of type {@link yeardiff.model.api.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdicts</em>' containment reference list.
	 * @see yeardiff.model.meta.ReportPackage#getAuditLog_Verdicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Verdict> getVerdicts();

} // AuditLog
