/**
 */
package yeardiff.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Verdict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Verdict#getCommitmentId <em>Commitment Id</em>}</li>
 *   <li>{@link yeardiff.model.api.Verdict#getStatus <em>Status</em>}</li>
 *   <li>{@link yeardiff.model.api.Verdict#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link yeardiff.model.api.Verdict#getRationale <em>Rationale</em>}</li>
 *   <li>{@link yeardiff.model.api.Verdict#getAuthor <em>Author</em>}</li>
 *   <li>{@link yeardiff.model.api.Verdict#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getVerdict()
 * @model
 * @generated
 */
public interface Verdict extends EObject {
	/**
	 * Returns the value of the '<em><b>Commitment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commitment Id</em>' attribute.
	 * @see #setCommitmentId(String)
	 * @see yeardiff.model.meta.ReportPackage#getVerdict_CommitmentId()
	 * @model
	 * @generated
	 */
	String getCommitmentId();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Verdict#getCommitmentId <em>Commitment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commitment Id</em>' attribute.
	 * @see #getCommitmentId()
	 * @generated
	 */
	void setCommitmentId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.CommitmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see yeardiff.model.api.CommitmentStatus
	 * @see #setStatus(CommitmentStatus)
	 * @see yeardiff.model.meta.ReportPackage#getVerdict_Status()
	 * @model
	 * @generated
	 */
	CommitmentStatus getStatus();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Verdict#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see yeardiff.model.api.CommitmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CommitmentStatus value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute list.
	 * @see yeardiff.model.meta.ReportPackage#getVerdict_Evidence()
	 * @model
	 * @generated
	 */
	EList<String> getEvidence();

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see yeardiff.model.meta.ReportPackage#getVerdict_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Verdict#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see yeardiff.model.meta.ReportPackage#getVerdict_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Verdict#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see yeardiff.model.meta.ReportPackage#getVerdict_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Verdict#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

} // Verdict
