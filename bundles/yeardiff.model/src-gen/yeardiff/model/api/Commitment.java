/**
 */
package yeardiff.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A forward-looking statement: what the ministry says will happen, and by when when it says so.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Commitment#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.api.Commitment#getModality <em>Modality</em>}</li>
 *   <li>{@link yeardiff.model.api.Commitment#getCue <em>Cue</em>}</li>
 *   <li>{@link yeardiff.model.api.Commitment#getDue <em>Due</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getCommitment()
 * @model
 * @generated
 */
public interface Commitment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see yeardiff.model.meta.ReportPackage#getCommitment_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Commitment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see yeardiff.model.api.Modality
	 * @see #setModality(Modality)
	 * @see yeardiff.model.meta.ReportPackage#getCommitment_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Commitment#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see yeardiff.model.api.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The words that make the statement forward-looking, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cue</em>' attribute.
	 * @see #setCue(String)
	 * @see yeardiff.model.meta.ReportPackage#getCommitment_Cue()
	 * @model
	 * @generated
	 */
	String getCue();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Commitment#getCue <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue</em>' attribute.
	 * @see #getCue()
	 * @generated
	 */
	void setCue(String value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due</em>' reference.
	 * @see #setDue(TimeRef)
	 * @see yeardiff.model.meta.ReportPackage#getCommitment_Due()
	 * @model
	 * @generated
	 */
	TimeRef getDue();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Commitment#getDue <em>Due</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' reference.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(TimeRef value);

} // Commitment
