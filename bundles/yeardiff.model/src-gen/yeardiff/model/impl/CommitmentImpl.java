/**
 */
package yeardiff.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import yeardiff.model.api.Commitment;
import yeardiff.model.api.Modality;
import yeardiff.model.api.TimeRef;

import yeardiff.model.meta.ReportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.impl.CommitmentImpl#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.impl.CommitmentImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link yeardiff.model.impl.CommitmentImpl#getCue <em>Cue</em>}</li>
 *   <li>{@link yeardiff.model.impl.CommitmentImpl#getDue <em>Due</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitmentImpl extends MinimalEObjectImpl.Container implements Commitment {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.ZAL;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCue() <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected static final String CUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCue() <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected String cue = CUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDue() <em>Due</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected TimeRef due;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.COMMITMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.COMMITMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.COMMITMENT__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCue() {
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCue(String newCue) {
		String oldCue = cue;
		cue = newCue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.COMMITMENT__CUE, oldCue, cue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeRef getDue() {
		if (due != null && due.eIsProxy()) {
			InternalEObject oldDue = (InternalEObject)due;
			due = (TimeRef)eResolveProxy(oldDue);
			if (due != oldDue) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportPackage.COMMITMENT__DUE, oldDue, due));
			}
		}
		return due;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeRef basicGetDue() {
		return due;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDue(TimeRef newDue) {
		TimeRef oldDue = due;
		due = newDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.COMMITMENT__DUE, oldDue, due));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportPackage.COMMITMENT__ID:
				return getId();
			case ReportPackage.COMMITMENT__MODALITY:
				return getModality();
			case ReportPackage.COMMITMENT__CUE:
				return getCue();
			case ReportPackage.COMMITMENT__DUE:
				if (resolve) return getDue();
				return basicGetDue();
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
			case ReportPackage.COMMITMENT__ID:
				setId((String)newValue);
				return;
			case ReportPackage.COMMITMENT__MODALITY:
				setModality((Modality)newValue);
				return;
			case ReportPackage.COMMITMENT__CUE:
				setCue((String)newValue);
				return;
			case ReportPackage.COMMITMENT__DUE:
				setDue((TimeRef)newValue);
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
			case ReportPackage.COMMITMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportPackage.COMMITMENT__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case ReportPackage.COMMITMENT__CUE:
				setCue(CUE_EDEFAULT);
				return;
			case ReportPackage.COMMITMENT__DUE:
				setDue((TimeRef)null);
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
			case ReportPackage.COMMITMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportPackage.COMMITMENT__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case ReportPackage.COMMITMENT__CUE:
				return CUE_EDEFAULT == null ? cue != null : !CUE_EDEFAULT.equals(cue);
			case ReportPackage.COMMITMENT__DUE:
				return due != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", modality: ");
		result.append(modality);
		result.append(", cue: ");
		result.append(cue);
		result.append(')');
		return result.toString();
	}

} //CommitmentImpl
