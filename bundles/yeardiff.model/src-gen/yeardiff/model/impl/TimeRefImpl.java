/**
 */
package yeardiff.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;

import yeardiff.model.meta.ReportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Time Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.impl.TimeRefImpl#getPrecision <em>Precision</em>}</li>
 *   <li>{@link yeardiff.model.impl.TimeRefImpl#getYear <em>Year</em>}</li>
 *   <li>{@link yeardiff.model.impl.TimeRefImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link yeardiff.model.impl.TimeRefImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link yeardiff.model.impl.TimeRefImpl#getDay <em>Day</em>}</li>
 *   <li>{@link yeardiff.model.impl.TimeRefImpl#getQuarter <em>Quarter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimeRefImpl extends FactImpl implements TimeRef {
	/**
	 * The default value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final TimePrecision PRECISION_EDEFAULT = TimePrecision.YEAR;

	/**
	 * The cached value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected TimePrecision precision = PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected int month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDay() <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDay()
	 * @generated
	 * @ordered
	 */
	protected static final int DAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDay() <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDay()
	 * @generated
	 * @ordered
	 */
	protected int day = DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected static final int QUARTER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected int quarter = QUARTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimeRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.TIME_REF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimePrecision getPrecision() {
		return precision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecision(TimePrecision newPrecision) {
		TimePrecision oldPrecision = precision;
		precision = newPrecision == null ? PRECISION_EDEFAULT : newPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.TIME_REF__PRECISION, oldPrecision, precision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.TIME_REF__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear) {
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.TIME_REF__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(int newMonth) {
		int oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.TIME_REF__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDay() {
		return day;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDay(int newDay) {
		int oldDay = day;
		day = newDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.TIME_REF__DAY, oldDay, day));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuarter() {
		return quarter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuarter(int newQuarter) {
		int oldQuarter = quarter;
		quarter = newQuarter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.TIME_REF__QUARTER, oldQuarter, quarter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportPackage.TIME_REF__PRECISION:
				return getPrecision();
			case ReportPackage.TIME_REF__YEAR:
				return getYear();
			case ReportPackage.TIME_REF__END_YEAR:
				return getEndYear();
			case ReportPackage.TIME_REF__MONTH:
				return getMonth();
			case ReportPackage.TIME_REF__DAY:
				return getDay();
			case ReportPackage.TIME_REF__QUARTER:
				return getQuarter();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReportPackage.TIME_REF__PRECISION:
				setPrecision((TimePrecision)newValue);
				return;
			case ReportPackage.TIME_REF__YEAR:
				setYear((Integer)newValue);
				return;
			case ReportPackage.TIME_REF__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case ReportPackage.TIME_REF__MONTH:
				setMonth((Integer)newValue);
				return;
			case ReportPackage.TIME_REF__DAY:
				setDay((Integer)newValue);
				return;
			case ReportPackage.TIME_REF__QUARTER:
				setQuarter((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ReportPackage.TIME_REF__PRECISION:
				setPrecision(PRECISION_EDEFAULT);
				return;
			case ReportPackage.TIME_REF__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ReportPackage.TIME_REF__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case ReportPackage.TIME_REF__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case ReportPackage.TIME_REF__DAY:
				setDay(DAY_EDEFAULT);
				return;
			case ReportPackage.TIME_REF__QUARTER:
				setQuarter(QUARTER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ReportPackage.TIME_REF__PRECISION:
				return precision != PRECISION_EDEFAULT;
			case ReportPackage.TIME_REF__YEAR:
				return year != YEAR_EDEFAULT;
			case ReportPackage.TIME_REF__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case ReportPackage.TIME_REF__MONTH:
				return month != MONTH_EDEFAULT;
			case ReportPackage.TIME_REF__DAY:
				return day != DAY_EDEFAULT;
			case ReportPackage.TIME_REF__QUARTER:
				return quarter != QUARTER_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (precision: ");
		result.append(precision);
		result.append(", year: ");
		result.append(year);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", month: ");
		result.append(month);
		result.append(", day: ");
		result.append(day);
		result.append(", quarter: ");
		result.append(quarter);
		result.append(')');
		return result.toString();
	}

} //TimeRefImpl
