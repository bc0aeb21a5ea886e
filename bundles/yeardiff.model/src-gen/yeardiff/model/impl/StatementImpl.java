/**
 */
package yeardiff.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import yeardiff.model.api.Commitment;
import yeardiff.model.api.DocumentReference;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Statement;

import yeardiff.model.meta.ReportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getText <em>Text</em>}</li>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getPage <em>Page</em>}</li>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getCommitment <em>Commitment</em>}</li>
 *   <li>{@link yeardiff.model.impl.StatementImpl#getReferences <em>References</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatementImpl extends MinimalEObjectImpl.Container implements Statement {
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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected int page = PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Fact> facts;

	/**
	 * The cached value of the '{@link #getCommitment() <em>Commitment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitment()
	 * @generated
	 * @ordered
	 */
	protected Commitment commitment;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentReference> references;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.STATEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.STATEMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.STATEMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPage() {
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(int newPage) {
		int oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.STATEMENT__PAGE, oldPage, page));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.STATEMENT__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fact> getFacts() {
		if (facts == null) {
			facts = new EObjectContainmentEList<Fact>(Fact.class, this, ReportPackage.STATEMENT__FACTS);
		}
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Commitment getCommitment() {
		return commitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCommitment(Commitment newCommitment, NotificationChain msgs) {
		Commitment oldCommitment = commitment;
		commitment = newCommitment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReportPackage.STATEMENT__COMMITMENT, oldCommitment, newCommitment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitment(Commitment newCommitment) {
		if (newCommitment != commitment) {
			NotificationChain msgs = null;
			if (commitment != null)
				msgs = ((InternalEObject)commitment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReportPackage.STATEMENT__COMMITMENT, null, msgs);
			if (newCommitment != null)
				msgs = ((InternalEObject)newCommitment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReportPackage.STATEMENT__COMMITMENT, null, msgs);
			msgs = basicSetCommitment(newCommitment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.STATEMENT__COMMITMENT, newCommitment, newCommitment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentReference> getReferences() {
		if (references == null) {
			references = new EObjectContainmentEList<DocumentReference>(DocumentReference.class, this, ReportPackage.STATEMENT__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportPackage.STATEMENT__FACTS:
				return ((InternalEList<?>)getFacts()).basicRemove(otherEnd, msgs);
			case ReportPackage.STATEMENT__COMMITMENT:
				return basicSetCommitment(null, msgs);
			case ReportPackage.STATEMENT__REFERENCES:
				return ((InternalEList<?>)getReferences()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportPackage.STATEMENT__ID:
				return getId();
			case ReportPackage.STATEMENT__TEXT:
				return getText();
			case ReportPackage.STATEMENT__PAGE:
				return getPage();
			case ReportPackage.STATEMENT__ORIGIN:
				return getOrigin();
			case ReportPackage.STATEMENT__FACTS:
				return getFacts();
			case ReportPackage.STATEMENT__COMMITMENT:
				return getCommitment();
			case ReportPackage.STATEMENT__REFERENCES:
				return getReferences();
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
			case ReportPackage.STATEMENT__ID:
				setId((String)newValue);
				return;
			case ReportPackage.STATEMENT__TEXT:
				setText((String)newValue);
				return;
			case ReportPackage.STATEMENT__PAGE:
				setPage((Integer)newValue);
				return;
			case ReportPackage.STATEMENT__ORIGIN:
				setOrigin((String)newValue);
				return;
			case ReportPackage.STATEMENT__FACTS:
				getFacts().clear();
				getFacts().addAll((Collection<? extends Fact>)newValue);
				return;
			case ReportPackage.STATEMENT__COMMITMENT:
				setCommitment((Commitment)newValue);
				return;
			case ReportPackage.STATEMENT__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends DocumentReference>)newValue);
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
			case ReportPackage.STATEMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportPackage.STATEMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ReportPackage.STATEMENT__PAGE:
				setPage(PAGE_EDEFAULT);
				return;
			case ReportPackage.STATEMENT__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case ReportPackage.STATEMENT__FACTS:
				getFacts().clear();
				return;
			case ReportPackage.STATEMENT__COMMITMENT:
				setCommitment((Commitment)null);
				return;
			case ReportPackage.STATEMENT__REFERENCES:
				getReferences().clear();
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
			case ReportPackage.STATEMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportPackage.STATEMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ReportPackage.STATEMENT__PAGE:
				return page != PAGE_EDEFAULT;
			case ReportPackage.STATEMENT__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case ReportPackage.STATEMENT__FACTS:
				return facts != null && !facts.isEmpty();
			case ReportPackage.STATEMENT__COMMITMENT:
				return commitment != null;
			case ReportPackage.STATEMENT__REFERENCES:
				return references != null && !references.isEmpty();
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
		result.append(", text: ");
		result.append(text);
		result.append(", page: ");
		result.append(page);
		result.append(", origin: ");
		result.append(origin);
		result.append(')');
		return result.toString();
	}

} //StatementImpl
