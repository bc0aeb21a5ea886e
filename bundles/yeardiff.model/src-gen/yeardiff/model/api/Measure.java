/**
 */
package yeardiff.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a fact is the value of (a partner's defence budget, its share of GDP, the personnel of a mission, the delivery year of a programme) and the period the value is for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Measure#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.api.Measure#getSubject <em>Subject</em>}</li>
 *   <li>{@link yeardiff.model.api.Measure#getPeriod <em>Period</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.MeasureKind
	 * @see #setKind(MeasureKind)
	 * @see yeardiff.model.meta.ReportPackage#getMeasure_Kind()
	 * @model
	 * @generated
	 */
	MeasureKind getKind();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Measure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.MeasureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeasureKind value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the value is about when that is not the partner of the statement's section: the programme, mission or thing named in the clause ("Enhanced Forward Presence", "fregatten"); null for the section's partner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see yeardiff.model.meta.ReportPackage#getMeasure_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Measure#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' containment reference.
	 * @see #setPeriod(Period)
	 * @see yeardiff.model.meta.ReportPackage#getMeasure_Period()
	 * @model containment="true"
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Measure#getPeriod <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' containment reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

} // Measure
