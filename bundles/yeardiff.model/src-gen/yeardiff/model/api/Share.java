/**
 */
package yeardiff.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Share</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Share#getValue <em>Value</em>}</li>
 *   <li>{@link yeardiff.model.api.Share#getBasis <em>Basis</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getShare()
 * @model
 * @generated
 */
public interface Share extends Fact {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see yeardiff.model.meta.ReportPackage#getShare_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Share#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see #setBasis(String)
	 * @see yeardiff.model.meta.ReportPackage#getShare_Basis()
	 * @model
	 * @generated
	 */
	String getBasis();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Share#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(String value);

} // Share
