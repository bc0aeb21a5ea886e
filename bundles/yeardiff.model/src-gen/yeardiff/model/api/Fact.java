/**
 */
package yeardiff.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed value stated in a statement; begin and end delimit its words in the statement text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Fact#getText <em>Text</em>}</li>
 *   <li>{@link yeardiff.model.api.Fact#getBegin <em>Begin</em>}</li>
 *   <li>{@link yeardiff.model.api.Fact#getEnd <em>End</em>}</li>
 *   <li>{@link yeardiff.model.api.Fact#isApproximate <em>Approximate</em>}</li>
 *   <li>{@link yeardiff.model.api.Fact#getMeasure <em>Measure</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getFact()
 * @model abstract="true"
 * @generated
 */
public interface Fact extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see yeardiff.model.meta.ReportPackage#getFact_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Fact#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see yeardiff.model.meta.ReportPackage#getFact_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Fact#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see yeardiff.model.meta.ReportPackage#getFact_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Fact#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approximate</em>' attribute.
	 * @see #setApproximate(boolean)
	 * @see yeardiff.model.meta.ReportPackage#getFact_Approximate()
	 * @model
	 * @generated
	 */
	boolean isApproximate();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Fact#isApproximate <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approximate</em>' attribute.
	 * @see #isApproximate()
	 * @generated
	 */
	void setApproximate(boolean value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the value measures and for when; absent in reports saved before model 1.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' containment reference.
	 * @see #setMeasure(Measure)
	 * @see yeardiff.model.meta.ReportPackage#getFact_Measure()
	 * @model containment="true"
	 * @generated
	 */
	Measure getMeasure();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Fact#getMeasure <em>Measure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' containment reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(Measure value);

} // Fact
