/**
 */
package yeardiff.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.TimeRef#getPrecision <em>Precision</em>}</li>
 *   <li>{@link yeardiff.model.api.TimeRef#getYear <em>Year</em>}</li>
 *   <li>{@link yeardiff.model.api.TimeRef#getEndYear <em>End Year</em>}</li>
 *   <li>{@link yeardiff.model.api.TimeRef#getMonth <em>Month</em>}</li>
 *   <li>{@link yeardiff.model.api.TimeRef#getDay <em>Day</em>}</li>
 *   <li>{@link yeardiff.model.api.TimeRef#getQuarter <em>Quarter</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getTimeRef()
 * @model
 * @generated
 */
public interface TimeRef extends Fact {
	/**
	 * Returns the value of the '<em><b>Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.TimePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Precision</em>' attribute.
	 * @see yeardiff.model.api.TimePrecision
	 * @see #setPrecision(TimePrecision)
	 * @see yeardiff.model.meta.ReportPackage#getTimeRef_Precision()
	 * @model
	 * @generated
	 */
	TimePrecision getPrecision();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.TimeRef#getPrecision <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precision</em>' attribute.
	 * @see yeardiff.model.api.TimePrecision
	 * @see #getPrecision()
	 * @generated
	 */
	void setPrecision(TimePrecision value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see yeardiff.model.meta.ReportPackage#getTimeRef_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.TimeRef#getYear <em>Year</em>}' attribute.
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
	 * @see yeardiff.model.meta.ReportPackage#getTimeRef_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.TimeRef#getEndYear <em>End Year</em>}' attribute.
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
	 * @see yeardiff.model.meta.ReportPackage#getTimeRef_Month()
	 * @model
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.TimeRef#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Day</em>' attribute.
	 * @see #setDay(int)
	 * @see yeardiff.model.meta.ReportPackage#getTimeRef_Day()
	 * @model
	 * @generated
	 */
	int getDay();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.TimeRef#getDay <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day</em>' attribute.
	 * @see #getDay()
	 * @generated
	 */
	void setDay(int value);

	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see #setQuarter(int)
	 * @see yeardiff.model.meta.ReportPackage#getTimeRef_Quarter()
	 * @model
	 * @generated
	 */
	int getQuarter();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.TimeRef#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(int value);

} // TimeRef
