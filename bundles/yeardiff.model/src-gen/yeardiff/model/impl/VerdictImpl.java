/**
 */
package yeardiff.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Verdict;

import yeardiff.model.meta.ReportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Verdict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.impl.VerdictImpl#getCommitmentId <em>Commitment Id</em>}</li>
 *   <li>{@link yeardiff.model.impl.VerdictImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link yeardiff.model.impl.VerdictImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link yeardiff.model.impl.VerdictImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link yeardiff.model.impl.VerdictImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link yeardiff.model.impl.VerdictImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VerdictImpl extends MinimalEObjectImpl.Container implements Verdict {
	/**
	 * The default value of the '{@link #getCommitmentId() <em>Commitment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMITMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommitmentId() <em>Commitment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitmentId()
	 * @generated
	 * @ordered
	 */
	protected String commitmentId = COMMITMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CommitmentStatus STATUS_EDEFAULT = CommitmentStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CommitmentStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<String> evidence;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VerdictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.VERDICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommitmentId() {
		return commitmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitmentId(String newCommitmentId) {
		String oldCommitmentId = commitmentId;
		commitmentId = newCommitmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.VERDICT__COMMITMENT_ID, oldCommitmentId, commitmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CommitmentStatus newStatus) {
		CommitmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.VERDICT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidence() {
		if (evidence == null) {
			evidence = new EDataTypeUniqueEList<String>(String.class, this, ReportPackage.VERDICT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.VERDICT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.VERDICT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.VERDICT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportPackage.VERDICT__COMMITMENT_ID:
				return getCommitmentId();
			case ReportPackage.VERDICT__STATUS:
				return getStatus();
			case ReportPackage.VERDICT__EVIDENCE:
				return getEvidence();
			case ReportPackage.VERDICT__RATIONALE:
				return getRationale();
			case ReportPackage.VERDICT__AUTHOR:
				return getAuthor();
			case ReportPackage.VERDICT__DATE:
				return getDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReportPackage.VERDICT__COMMITMENT_ID:
				setCommitmentId((String)newValue);
				return;
			case ReportPackage.VERDICT__STATUS:
				setStatus((CommitmentStatus)newValue);
				return;
			case ReportPackage.VERDICT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends String>)newValue);
				return;
			case ReportPackage.VERDICT__RATIONALE:
				setRationale((String)newValue);
				return;
			case ReportPackage.VERDICT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ReportPackage.VERDICT__DATE:
				setDate((String)newValue);
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
			case ReportPackage.VERDICT__COMMITMENT_ID:
				setCommitmentId(COMMITMENT_ID_EDEFAULT);
				return;
			case ReportPackage.VERDICT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReportPackage.VERDICT__EVIDENCE:
				getEvidence().clear();
				return;
			case ReportPackage.VERDICT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case ReportPackage.VERDICT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ReportPackage.VERDICT__DATE:
				setDate(DATE_EDEFAULT);
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
			case ReportPackage.VERDICT__COMMITMENT_ID:
				return COMMITMENT_ID_EDEFAULT == null ? commitmentId != null : !COMMITMENT_ID_EDEFAULT.equals(commitmentId);
			case ReportPackage.VERDICT__STATUS:
				return status != STATUS_EDEFAULT;
			case ReportPackage.VERDICT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case ReportPackage.VERDICT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case ReportPackage.VERDICT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ReportPackage.VERDICT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
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
		result.append(" (commitmentId: ");
		result.append(commitmentId);
		result.append(", status: ");
		result.append(status);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", author: ");
		result.append(author);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //VerdictImpl
