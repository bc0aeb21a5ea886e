/**
 */
package yeardiff.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Modality</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see yeardiff.model.meta.ReportPackage#getModality()
 * @model
 * @generated
 */
public enum Modality implements Enumerator {
	/**
	 * The '<em><b>Zal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZAL_VALUE
	 * @generated
	 * @ordered
	 */
	ZAL(0, "zal", "zal"),

	/**
	 * The '<em><b>Verwacht</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWACHT_VALUE
	 * @generated
	 * @ordered
	 */
	VERWACHT(1, "verwacht", "verwacht"),

	/**
	 * The '<em><b>Voorzien</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOORZIEN_VALUE
	 * @generated
	 * @ordered
	 */
	VOORZIEN(2, "voorzien", "voorzien"),

	/**
	 * The '<em><b>Streeft</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STREEFT_VALUE
	 * @generated
	 * @ordered
	 */
	STREEFT(3, "streeft", "streeft"),

	/**
	 * The '<em><b>Gepland</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLAND_VALUE
	 * @generated
	 * @ordered
	 */
	GEPLAND(4, "gepland", "gepland");

	/**
	 * The '<em><b>Zal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZAL
	 * @model name="zal"
	 * @generated
	 * @ordered
	 */
	public static final int ZAL_VALUE = 0;

	/**
	 * The '<em><b>Verwacht</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWACHT
	 * @model name="verwacht"
	 * @generated
	 * @ordered
	 */
	public static final int VERWACHT_VALUE = 1;

	/**
	 * The '<em><b>Voorzien</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOORZIEN
	 * @model name="voorzien"
	 * @generated
	 * @ordered
	 */
	public static final int VOORZIEN_VALUE = 2;

	/**
	 * The '<em><b>Streeft</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STREEFT
	 * @model name="streeft"
	 * @generated
	 * @ordered
	 */
	public static final int STREEFT_VALUE = 3;

	/**
	 * The '<em><b>Gepland</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLAND
	 * @model name="gepland"
	 * @generated
	 * @ordered
	 */
	public static final int GEPLAND_VALUE = 4;

	/**
	 * An array of all the '<em><b>Modality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Modality[] VALUES_ARRAY =
		new Modality[] {
			ZAL,
			VERWACHT,
			VOORZIEN,
			STREEFT,
			GEPLAND,
		};

	/**
	 * A public read-only list of all the '<em><b>Modality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Modality> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Modality</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Modality get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Modality result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Modality</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Modality getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Modality result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Modality</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Modality get(int value) {
		switch (value) {
			case ZAL_VALUE: return ZAL;
			case VERWACHT_VALUE: return VERWACHT;
			case VOORZIEN_VALUE: return VOORZIEN;
			case STREEFT_VALUE: return STREEFT;
			case GEPLAND_VALUE: return GEPLAND;
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
	private Modality(int value, String name, String literal) {
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
	
} //Modality
