/**
 */
package yeardiff.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The time a value is for: a calendar year, a fiscal year (2019-2020, 2021/2022), a range of years or a month, and whether the value holds in it, by it ("tegen 2030"), from it ("per juni 2021") or until it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Period#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.api.Period#getBound <em>Bound</em>}</li>
 *   <li>{@link yeardiff.model.api.Period#getYear <em>Year</em>}</li>
 *   <li>{@link yeardiff.model.api.Period#getEndYear <em>End Year</em>}</li>
 *   <li>{@link yeardiff.model.api.Period#getMonth <em>Month</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getPeriod()
 * @model
 * @generated
 */
public interface Period extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.PeriodKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.PeriodKind
	 * @see #setKind(PeriodKind)
	 * @see yeardiff.model.meta.ReportPackage#getPeriod_Kind()
	 * @model
	 * @generated
	 */
	PeriodKind getKind();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Period#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.PeriodKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PeriodKind value);

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.PeriodBound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bound</em>' attribute.
	 * @see yeardiff.model.api.PeriodBound
	 * @see #setBound(PeriodBound)
	 * @see yeardiff.model.meta.ReportPackage#getPeriod_Bound()
	 * @model
	 * @generated
	 */
	PeriodBound getBound();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Period#getBound <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' attribute.
	 * @see yeardiff.model.api.PeriodBound
	 * @see #getBound()
	 * @generated
	 */
	void setBound(PeriodBound value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see yeardiff.model.meta.ReportPackage#getPeriod_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Period#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see yeardiff.model.meta.ReportPackage#getPeriod_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Period#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see yeardiff.model.meta.ReportPackage#getPeriod_Month()
	 * @model
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Period#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

} // Period
