/**
 */
package yeardiff.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One letter to Parliament: a yearly report, an interim letter, a nota or an editor's draft.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Report#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getYear <em>Year</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getTitle <em>Title</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getDate <em>Date</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getReference <em>Reference</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getKamerstuk <em>Kamerstuk</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getMinister <em>Minister</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getSource <em>Source</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getSections <em>Sections</em>}</li>
 *   <li>{@link yeardiff.model.api.Report#getFootnotes <em>Footnotes</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getReport()
 * @model
 * @generated
 */
public interface Report extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.ReportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.ReportKind
	 * @see #setKind(ReportKind)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Kind()
	 * @model
	 * @generated
	 */
	ReportKind getKind();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.ReportKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReportKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The letter date as ISO-8601 (yyyy-MM-dd), or null when the letter carries none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Kamerstuk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kamerstuk</em>' attribute.
	 * @see #setKamerstuk(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Kamerstuk()
	 * @model
	 * @generated
	 */
	String getKamerstuk();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getKamerstuk <em>Kamerstuk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kamerstuk</em>' attribute.
	 * @see #getKamerstuk()
	 * @generated
	 */
	void setKamerstuk(String value);

	/**
	 * Returns the value of the '<em><b>Minister</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minister</em>' attribute.
	 * @see #setMinister(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Minister()
	 * @model
	 * @generated
	 */
	String getMinister();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getMinister <em>Minister</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minister</em>' attribute.
	 * @see #getMinister()
	 * @generated
	 */
	void setMinister(String value);

	/**
	 * Returns the value of the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a draft: the id of the report it was started from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On</em>' attribute.
	 * @see #setBasedOn(String)
	 * @see yeardiff.model.meta.ReportPackage#getReport_BasedOn()
	 * @model
	 * @generated
	 */
	String getBasedOn();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getBasedOn <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On</em>' attribute.
	 * @see #getBasedOn()
	 * @generated
	 */
	void setBasedOn(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(Source)
	 * @see yeardiff.model.meta.ReportPackage#getReport_Source()
	 * @model containment="true"
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Report#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link yeardiff.model.api.Subject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see yeardiff.model.meta.ReportPackage#getReport_Subjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link yeardiff.model.api.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see yeardiff.model.meta.ReportPackage#getReport_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Footnotes</b></em>' containment reference list.
	 * The list contents are of type {@link yeardiff.model.api.Footnote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Footnotes</em>' containment reference list.
	 * @see yeardiff.model.meta.ReportPackage#getReport_Footnotes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Footnote> getFootnotes();

} // Report
