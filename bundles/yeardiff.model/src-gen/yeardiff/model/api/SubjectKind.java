/**
 */
package yeardiff.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Subject Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see yeardiff.model.meta.ReportPackage#getSubjectKind()
 * @model
 * @generated
 */
public enum SubjectKind implements Enumerator {
	/**
	 * The '<em><b>Partner</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER(0, "partner", "partner"),

	/**
	 * The '<em><b>Organisation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(1, "organisation", "organisation"),

	/**
	 * The '<em><b>Theme</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEME_VALUE
	 * @generated
	 * @ordered
	 */
	THEME(2, "theme", "theme");

	/**
	 * The '<em><b>Partner</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER
	 * @model name="partner"
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_VALUE = 0;

	/**
	 * The '<em><b>Organisation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION
	 * @model name="organisation"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 1;

	/**
	 * The '<em><b>Theme</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEME
	 * @model name="theme"
	 * @generated
	 * @ordered
	 */
	public static final int THEME_VALUE = 2;

	/**
	 * An array of all the '<em><b>Subject Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SubjectKind[] VALUES_ARRAY =
		new SubjectKind[] {
			PARTNER,
			ORGANISATION,
			THEME,
		};

	/**
	 * A public read-only list of all the '<em><b>Subject Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SubjectKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Subject Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectKind get(int value) {
		switch (value) {
			case PARTNER_VALUE: return PARTNER;
			case ORGANISATION_VALUE: return ORGANISATION;
			case THEME_VALUE: return THEME;
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
	private SubjectKind(int value, String name, String literal) {
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
	
} //SubjectKind
