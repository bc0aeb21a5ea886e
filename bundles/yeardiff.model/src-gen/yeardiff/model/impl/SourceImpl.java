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

import yeardiff.model.api.Source;
import yeardiff.model.api.SourceKind;

import yeardiff.model.meta.ReportPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getDeclaredPageCount <em>Declared Page Count</em>}</li>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link yeardiff.model.impl.SourceImpl#getImporterVersion <em>Importer Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends MinimalEObjectImpl.Container implements Source {
	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SourceKind KIND_EDEFAULT = SourceKind.TEXT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected int pageCount = PAGE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclaredPageCount() <em>Declared Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredPageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int DECLARED_PAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeclaredPageCount() <em>Declared Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredPageCount()
	 * @generated
	 * @ordered
	 */
	protected int declaredPageCount = DECLARED_PAGE_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> pages;

	/**
	 * The default value of the '{@link #getImporterVersion() <em>Importer Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporterVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTER_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImporterVersion() <em>Importer Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporterVersion()
	 * @generated
	 * @ordered
	 */
	protected String importerVersion = IMPORTER_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportPackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.SOURCE__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.SOURCE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SourceKind newKind) {
		SourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPageCount() {
		return pageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageCount(int newPageCount) {
		int oldPageCount = pageCount;
		pageCount = newPageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.SOURCE__PAGE_COUNT, oldPageCount, pageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeclaredPageCount() {
		return declaredPageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclaredPageCount(int newDeclaredPageCount) {
		int oldDeclaredPageCount = declaredPageCount;
		declaredPageCount = newDeclaredPageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.SOURCE__DECLARED_PAGE_COUNT, oldDeclaredPageCount, declaredPageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPages() {
		if (pages == null) {
			pages = new EDataTypeUniqueEList<Integer>(Integer.class, this, ReportPackage.SOURCE__PAGES);
		}
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImporterVersion() {
		return importerVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImporterVersion(String newImporterVersion) {
		String oldImporterVersion = importerVersion;
		importerVersion = newImporterVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportPackage.SOURCE__IMPORTER_VERSION, oldImporterVersion, importerVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportPackage.SOURCE__FILE_NAME:
				return getFileName();
			case ReportPackage.SOURCE__SHA256:
				return getSha256();
			case ReportPackage.SOURCE__KIND:
				return getKind();
			case ReportPackage.SOURCE__PAGE_COUNT:
				return getPageCount();
			case ReportPackage.SOURCE__DECLARED_PAGE_COUNT:
				return getDeclaredPageCount();
			case ReportPackage.SOURCE__PAGES:
				return getPages();
			case ReportPackage.SOURCE__IMPORTER_VERSION:
				return getImporterVersion();
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
			case ReportPackage.SOURCE__FILE_NAME:
				setFileName((String)newValue);
				return;
			case ReportPackage.SOURCE__SHA256:
				setSha256((String)newValue);
				return;
			case ReportPackage.SOURCE__KIND:
				setKind((SourceKind)newValue);
				return;
			case ReportPackage.SOURCE__PAGE_COUNT:
				setPageCount((Integer)newValue);
				return;
			case ReportPackage.SOURCE__DECLARED_PAGE_COUNT:
				setDeclaredPageCount((Integer)newValue);
				return;
			case ReportPackage.SOURCE__PAGES:
				getPages().clear();
				getPages().addAll((Collection<? extends Integer>)newValue);
				return;
			case ReportPackage.SOURCE__IMPORTER_VERSION:
				setImporterVersion((String)newValue);
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
			case ReportPackage.SOURCE__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case ReportPackage.SOURCE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case ReportPackage.SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportPackage.SOURCE__PAGE_COUNT:
				setPageCount(PAGE_COUNT_EDEFAULT);
				return;
			case ReportPackage.SOURCE__DECLARED_PAGE_COUNT:
				setDeclaredPageCount(DECLARED_PAGE_COUNT_EDEFAULT);
				return;
			case ReportPackage.SOURCE__PAGES:
				getPages().clear();
				return;
			case ReportPackage.SOURCE__IMPORTER_VERSION:
				setImporterVersion(IMPORTER_VERSION_EDEFAULT);
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
			case ReportPackage.SOURCE__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case ReportPackage.SOURCE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case ReportPackage.SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case ReportPackage.SOURCE__PAGE_COUNT:
				return pageCount != PAGE_COUNT_EDEFAULT;
			case ReportPackage.SOURCE__DECLARED_PAGE_COUNT:
				return declaredPageCount != DECLARED_PAGE_COUNT_EDEFAULT;
			case ReportPackage.SOURCE__PAGES:
				return pages != null && !pages.isEmpty();
			case ReportPackage.SOURCE__IMPORTER_VERSION:
				return IMPORTER_VERSION_EDEFAULT == null ? importerVersion != null : !IMPORTER_VERSION_EDEFAULT.equals(importerVersion);
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
		result.append(" (fileName: ");
		result.append(fileName);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", kind: ");
		result.append(kind);
		result.append(", pageCount: ");
		result.append(pageCount);
		result.append(", declaredPageCount: ");
		result.append(declaredPageCount);
		result.append(", pages: ");
		result.append(pages);
		result.append(", importerVersion: ");
		result.append(importerVersion);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
