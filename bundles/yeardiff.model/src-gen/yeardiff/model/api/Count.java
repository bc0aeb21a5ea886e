/**
 */
package yeardiff.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Count#getValue <em>Value</em>}</li>
 *   <li>{@link yeardiff.model.api.Count#getUnit <em>Unit</em>}</li>
 *   <li>{@link yeardiff.model.api.Count#getCounted <em>Counted</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getCount()
 * @model
 * @generated
 */
public interface Count extends Fact {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see yeardiff.model.meta.ReportPackage#getCount_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Count#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see yeardiff.model.meta.ReportPackage#getCount_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Count#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Counted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counted</em>' attribute.
	 * @see #setCounted(String)
	 * @see yeardiff.model.meta.ReportPackage#getCount_Counted()
	 * @model
	 * @generated
	 */
	String getCounted();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Count#getCounted <em>Counted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counted</em>' attribute.
	 * @see #getCounted()
	 * @generated
	 */
	void setCounted(String value);

} // Count
