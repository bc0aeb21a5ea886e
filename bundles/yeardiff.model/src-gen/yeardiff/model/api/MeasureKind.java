/**
 */
package yeardiff.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see yeardiff.model.meta.ReportPackage#getMeasureKind()
 * @model
 * @generated
 */
public enum MeasureKind implements Enumerator {
	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "other", "other"),

	/**
	 * The '<em><b>Defence Budget</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFENCE_BUDGET_VALUE
	 * @generated
	 * @ordered
	 */
	DEFENCE_BUDGET(1, "defenceBudget", "defence-budget"),

	/**
	 * The '<em><b>Budget Change</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDGET_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	BUDGET_CHANGE(2, "budgetChange", "budget-change"),

	/**
	 * The '<em><b>Gdp Share</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GDP_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	GDP_SHARE(3, "gdpShare", "gdp-share"),

	/**
	 * The '<em><b>Investment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTMENT(4, "investment", "investment"),

	/**
	 * The '<em><b>Personnel</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONNEL_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONNEL(5, "personnel", "personnel"),

	/**
	 * The '<em><b>Quantity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUANTITY_VALUE
	 * @generated
	 * @ordered
	 */
	QUANTITY(6, "quantity", "quantity"),

	/**
	 * The '<em><b>Delivery Year</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY_YEAR(7, "deliveryYear", "delivery-year"),

	/**
	 * The '<em><b>Mandate End</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANDATE_END_VALUE
	 * @generated
	 * @ordered
	 */
	MANDATE_END(8, "mandateEnd", "mandate-end");

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>Defence Budget</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFENCE_BUDGET
	 * @model name="defenceBudget" literal="defence-budget"
	 * @generated
	 * @ordered
	 */
	public static final int DEFENCE_BUDGET_VALUE = 1;

	/**
	 * The '<em><b>Budget Change</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDGET_CHANGE
	 * @model name="budgetChange" literal="budget-change"
	 * @generated
	 * @ordered
	 */
	public static final int BUDGET_CHANGE_VALUE = 2;

	/**
	 * The '<em><b>Gdp Share</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GDP_SHARE
	 * @model name="gdpShare" literal="gdp-share"
	 * @generated
	 * @ordered
	 */
	public static final int GDP_SHARE_VALUE = 3;

	/**
	 * The '<em><b>Investment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT
	 * @model name="investment"
	 * @generated
	 * @ordered
	 */
	public static final int INVESTMENT_VALUE = 4;

	/**
	 * The '<em><b>Personnel</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONNEL
	 * @model name="personnel"
	 * @generated
	 * @ordered
	 */
	public static final int PERSONNEL_VALUE = 5;

	/**
	 * The '<em><b>Quantity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUANTITY
	 * @model name="quantity"
	 * @generated
	 * @ordered
	 */
	public static final int QUANTITY_VALUE = 6;

	/**
	 * The '<em><b>Delivery Year</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_YEAR
	 * @model name="deliveryYear" literal="delivery-year"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_YEAR_VALUE = 7;

	/**
	 * The '<em><b>Mandate End</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANDATE_END
	 * @model name="mandateEnd" literal="mandate-end"
	 * @generated
	 * @ordered
	 */
	public static final int MANDATE_END_VALUE = 8;

	/**
	 * An array of all the '<em><b>Measure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureKind[] VALUES_ARRAY =
		new MeasureKind[] {
			OTHER,
			DEFENCE_BUDGET,
			BUDGET_CHANGE,
			GDP_SHARE,
			INVESTMENT,
			PERSONNEL,
			QUANTITY,
			DELIVERY_YEAR,
			MANDATE_END,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case DEFENCE_BUDGET_VALUE: return DEFENCE_BUDGET;
			case BUDGET_CHANGE_VALUE: return BUDGET_CHANGE;
			case GDP_SHARE_VALUE: return GDP_SHARE;
			case INVESTMENT_VALUE: return INVESTMENT;
			case PERSONNEL_VALUE: return PERSONNEL;
			case QUANTITY_VALUE: return QUANTITY;
			case DELIVERY_YEAR_VALUE: return DELIVERY_YEAR;
			case MANDATE_END_VALUE: return MANDATE_END;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MeasureKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MeasureKind
