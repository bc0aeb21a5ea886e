/**
 */
package yeardiff.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One sentence of the letter, with the facts it states.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Statement#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.api.Statement#getText <em>Text</em>}</li>
 *   <li>{@link yeardiff.model.api.Statement#getPage <em>Page</em>}</li>
 *   <li>{@link yeardiff.model.api.Statement#getOrigin <em>Origin</em>}</li>
 *   <li>{@link yeardiff.model.api.Statement#getFacts <em>Facts</em>}</li>
 *   <li>{@link yeardiff.model.api.Statement#getCommitment <em>Commitment</em>}</li>
 *   <li>{@link yeardiff.model.api.Statement#getReferences <em>References</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getStatement()
 * @model
 * @generated
 */
public interface Statement extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see yeardiff.model.meta.ReportPackage#getStatement_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Statement#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see yeardiff.model.meta.ReportPackage#getStatement_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Statement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(int)
	 * @see yeardiff.model.meta.ReportPackage#getStatement_Page()
	 * @model
	 * @generated
	 */
	int getPage();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Statement#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(int value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a draft: the id of the statement of the previous report this one was carried over from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see yeardiff.model.meta.ReportPackage#getStatement_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Statement#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' containment reference list.
	 * The list contents are of type {@link yeardiff.model.api.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facts</em>' containment reference list.
	 * @see yeardiff.model.meta.ReportPackage#getStatement_Facts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getFacts();

	/**
	 * Returns the value of the '<em><b>Commitment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commitment</em>' containment reference.
	 * @see #setCommitment(Commitment)
	 * @see yeardiff.model.meta.ReportPackage#getStatement_Commitment()
	 * @model containment="true"
	 * @generated
	 */
	Commitment getCommitment();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Statement#getCommitment <em>Commitment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commitment</em>' containment reference.
	 * @see #getCommitment()
	 * @generated
	 */
	void setCommitment(Commitment value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' containment reference list.
	 * The list contents are of type {@link yeardiff.model.api.DocumentReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' containment reference list.
	 * @see yeardiff.model.meta.ReportPackage#getStatement_References()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentReference> getReferences();

} // Statement
