/**
 */
package yeardiff.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a section is about: a partner country, an organisation or a theme, known by several names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Subject#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.api.Subject#getName <em>Name</em>}</li>
 *   <li>{@link yeardiff.model.api.Subject#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.api.Subject#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getSubject()
 * @model
 * @generated
 */
public interface Subject extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see yeardiff.model.meta.ReportPackage#getSubject_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Subject#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see yeardiff.model.meta.ReportPackage#getSubject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Subject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.SubjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.SubjectKind
	 * @see #setKind(SubjectKind)
	 * @see yeardiff.model.meta.ReportPackage#getSubject_Kind()
	 * @model
	 * @generated
	 */
	SubjectKind getKind();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Subject#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.SubjectKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SubjectKind value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see yeardiff.model.meta.ReportPackage#getSubject_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

} // Subject
