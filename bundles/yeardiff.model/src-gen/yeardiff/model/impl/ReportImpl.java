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

import yeardiff.model.api.Footnote;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Source;
import yeardiff.model.api.Subject;

import yeardiff.model.meta.ReportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getId <em>Id</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getYear <em>Year</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getDate <em>Date</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getKamerstuk <em>Kamerstuk</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getMinister <em>Minister</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getSource <em>Source</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link yeardiff.model.impl.ReportImpl#getFootnotes <em>Footnotes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportImpl extends MinimalEObjectImpl.Container implements Report {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReportKind KIND_EDEFAULT = ReportKind.YEARLY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReportKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKamerstuk() <em>Kamerstuk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKamerstuk()
	 * @generated
	 * @ordered
	 */
	protected static final String KAMERSTUK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKamerstuk() <em>Kamerstuk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKamerstuk()
	 * @generated
	 * @ordered
	 */
	protected String kamerstuk = KAMERSTUK_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinister() <em>Minister</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinister()
	 * @generated
	 * @ordered
	 */
	protected static final String MINISTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinister() <em>Minister</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinister()
	 * @generated
	 * @ordered
	 */
	protected String minister = MINISTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasedOn() <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected static final String BASED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasedOn() <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected String basedOn = BASED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Subject> subjects;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getFootnotes() <em>Footnotes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFootnotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Footnote> footnotes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.REPORT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReportKind newKind) {
		ReportKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKamerstuk() {
		return kamerstuk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKamerstuk(String newKamerstuk) {
		String oldKamerstuk = kamerstuk;
		kamerstuk = newKamerstuk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__KAMERSTUK, oldKamerstuk, kamerstuk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinister() {
		return minister;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinister(String newMinister) {
		String oldMinister = minister;
		minister = newMinister;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__MINISTER, oldMinister, minister));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasedOn() {
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOn(String newBasedOn) {
		String oldBasedOn = basedOn;
		basedOn = newBasedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__BASED_ON, oldBasedOn, basedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(Source newSource, NotificationChain msgs) {
		Source oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__SOURCE, oldSource, newSource);
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
	public void setSource(Source newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReportPackage.REPORT__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReportPackage.REPORT__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.REPORT__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subject> getSubjects() {
		if (subjects == null) {
			subjects = new EObjectContainmentEList<Subject>(Subject.class, this, ReportPackage.REPORT__SUBJECTS);
		}
		return subjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, ReportPackage.REPORT__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Footnote> getFootnotes() {
		if (footnotes == null) {
			footnotes = new EObjectContainmentEList<Footnote>(Footnote.class, this, ReportPackage.REPORT__FOOTNOTES);
		}
		return footnotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportPackage.REPORT__SOURCE:
				return basicSetSource(null, msgs);
			case ReportPackage.REPORT__SUBJECTS:
				return ((InternalEList<?>)getSubjects()).basicRemove(otherEnd, msgs);
			case ReportPackage.REPORT__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case ReportPackage.REPORT__FOOTNOTES:
				return ((InternalEList<?>)getFootnotes()).basicRemove(otherEnd, msgs);
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
			case ReportPackage.REPORT__ID:
				return getId();
			case ReportPackage.REPORT__YEAR:
				return getYear();
			case ReportPackage.REPORT__KIND:
				return getKind();
			case ReportPackage.REPORT__TITLE:
				return getTitle();
			case ReportPackage.REPORT__DATE:
				return getDate();
			case ReportPackage.REPORT__REFERENCE:
				return getReference();
			case ReportPackage.REPORT__KAMERSTUK:
				return getKamerstuk();
			case ReportPackage.REPORT__MINISTER:
				return getMinister();
			case ReportPackage.REPORT__BASED_ON:
				return getBasedOn();
			case ReportPackage.REPORT__SOURCE:
				return getSource();
			case ReportPackage.REPORT__SUBJECTS:
				return getSubjects();
			case ReportPackage.REPORT__SECTIONS:
				return getSections();
			case ReportPackage.REPORT__FOOTNOTES:
				return getFootnotes();
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
			case ReportPackage.REPORT__ID:
				setId((String)newValue);
				return;
			case ReportPackage.REPORT__YEAR:
				setYear((Integer)newValue);
				return;
			case ReportPackage.REPORT__KIND:
				setKind((ReportKind)newValue);
				return;
			case ReportPackage.REPORT__TITLE:
				setTitle((String)newValue);
				return;
			case ReportPackage.REPORT__DATE:
				setDate((String)newValue);
				return;
			case ReportPackage.REPORT__REFERENCE:
				setReference((String)newValue);
				return;
			case ReportPackage.REPORT__KAMERSTUK:
				setKamerstuk((String)newValue);
				return;
			case ReportPackage.REPORT__MINISTER:
				setMinister((String)newValue);
				return;
			case ReportPackage.REPORT__BASED_ON:
				setBasedOn((String)newValue);
				return;
			case ReportPackage.REPORT__SOURCE:
				setSource((Source)newValue);
				return;
			case ReportPackage.REPORT__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends Subject>)newValue);
				return;
			case ReportPackage.REPORT__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case ReportPackage.REPORT__FOOTNOTES:
				getFootnotes().clear();
				getFootnotes().addAll((Collection<? extends Footnote>)newValue);
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
			case ReportPackage.REPORT__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportPackage.REPORT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ReportPackage.REPORT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportPackage.REPORT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReportPackage.REPORT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ReportPackage.REPORT__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case ReportPackage.REPORT__KAMERSTUK:
				setKamerstuk(KAMERSTUK_EDEFAULT);
				return;
			case ReportPackage.REPORT__MINISTER:
				setMinister(MINISTER_EDEFAULT);
				return;
			case ReportPackage.REPORT__BASED_ON:
				setBasedOn(BASED_ON_EDEFAULT);
				return;
			case ReportPackage.REPORT__SOURCE:
				setSource((Source)null);
				return;
			case ReportPackage.REPORT__SUBJECTS:
				getSubjects().clear();
				return;
			case ReportPackage.REPORT__SECTIONS:
				getSections().clear();
				return;
			case ReportPackage.REPORT__FOOTNOTES:
				getFootnotes().clear();
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
			case ReportPackage.REPORT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportPackage.REPORT__YEAR:
				return year != YEAR_EDEFAULT;
			case ReportPackage.REPORT__KIND:
				return kind != KIND_EDEFAULT;
			case ReportPackage.REPORT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReportPackage.REPORT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ReportPackage.REPORT__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case ReportPackage.REPORT__KAMERSTUK:
				return KAMERSTUK_EDEFAULT == null ? kamerstuk != null : !KAMERSTUK_EDEFAULT.equals(kamerstuk);
			case ReportPackage.REPORT__MINISTER:
				return MINISTER_EDEFAULT == null ? minister != null : !MINISTER_EDEFAULT.equals(minister);
			case ReportPackage.REPORT__BASED_ON:
				return BASED_ON_EDEFAULT == null ? basedOn != null : !BASED_ON_EDEFAULT.equals(basedOn);
			case ReportPackage.REPORT__SOURCE:
				return source != null;
			case ReportPackage.REPORT__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
			case ReportPackage.REPORT__SECTIONS:
				return sections != null && !sections.isEmpty();
			case ReportPackage.REPORT__FOOTNOTES:
				return footnotes != null && !footnotes.isEmpty();
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
		result.append(", year: ");
		result.append(year);
		result.append(", kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", date: ");
		result.append(date);
		result.append(", reference: ");
		result.append(reference);
		result.append(", kamerstuk: ");
		result.append(kamerstuk);
		result.append(", minister: ");
		result.append(minister);
		result.append(", basedOn: ");
		result.append(basedOn);
		result.append(')');
		return result.toString();
	}

} //ReportImpl
