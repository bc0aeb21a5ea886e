/**
 */
package yeardiff.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.DocumentReference#getText <em>Text</em>}</li>
 *   <li>{@link yeardiff.model.api.DocumentReference#getDossier <em>Dossier</em>}</li>
 *   <li>{@link yeardiff.model.api.DocumentReference#getNumber <em>Number</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getDocumentReference()
 * @model
 * @generated
 */
public interface DocumentReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see yeardiff.model.meta.ReportPackage#getDocumentReference_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.DocumentReference#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Dossier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dossier</em>' attribute.
	 * @see #setDossier(String)
	 * @see yeardiff.model.meta.ReportPackage#getDocumentReference_Dossier()
	 * @model
	 * @generated
	 */
	String getDossier();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.DocumentReference#getDossier <em>Dossier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dossier</em>' attribute.
	 * @see #getDossier()
	 * @generated
	 */
	void setDossier(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see yeardiff.model.meta.ReportPackage#getDocumentReference_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.DocumentReference#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

} // DocumentReference
