/**
 */
package yeardiff.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link yeardiff.model.api.Source#getFileName <em>File Name</em>}</li>
 *   <li>{@link yeardiff.model.api.Source#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link yeardiff.model.api.Source#getKind <em>Kind</em>}</li>
 *   <li>{@link yeardiff.model.api.Source#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link yeardiff.model.api.Source#getDeclaredPageCount <em>Declared Page Count</em>}</li>
 *   <li>{@link yeardiff.model.api.Source#getPages <em>Pages</em>}</li>
 *   <li>{@link yeardiff.model.api.Source#getImporterVersion <em>Importer Version</em>}</li>
 * </ul>
 *
 * @see yeardiff.model.meta.ReportPackage#getSource()
 * @model
 * @generated
 */
public interface Source extends EObject {
	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see yeardiff.model.meta.ReportPackage#getSource_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Source#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see yeardiff.model.meta.ReportPackage#getSource_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Source#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link yeardiff.model.api.SourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.SourceKind
	 * @see #setKind(SourceKind)
	 * @see yeardiff.model.meta.ReportPackage#getSource_Kind()
	 * @model
	 * @generated
	 */
	SourceKind getKind();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Source#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see yeardiff.model.api.SourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SourceKind value);

	/**
	 * Returns the value of the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Count</em>' attribute.
	 * @see #setPageCount(int)
	 * @see yeardiff.model.meta.ReportPackage#getSource_PageCount()
	 * @model
	 * @generated
	 */
	int getPageCount();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Source#getPageCount <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Count</em>' attribute.
	 * @see #getPageCount()
	 * @generated
	 */
	void setPageCount(int value);

	/**
	 * Returns the value of the '<em><b>Declared Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The y of "Pagina x van y": more than pageCount when pages are missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declared Page Count</em>' attribute.
	 * @see #setDeclaredPageCount(int)
	 * @see yeardiff.model.meta.ReportPackage#getSource_DeclaredPageCount()
	 * @model
	 * @generated
	 */
	int getDeclaredPageCount();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Source#getDeclaredPageCount <em>Declared Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared Page Count</em>' attribute.
	 * @see #getDeclaredPageCount()
	 * @generated
	 */
	void setDeclaredPageCount(int value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The page numbers present in the source, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pages</em>' attribute list.
	 * @see yeardiff.model.meta.ReportPackage#getSource_Pages()
	 * @model
	 * @generated
	 */
	EList<Integer> getPages();

	/**
	 * Returns the value of the '<em><b>Importer Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Importer Version</em>' attribute.
	 * @see #setImporterVersion(String)
	 * @see yeardiff.model.meta.ReportPackage#getSource_ImporterVersion()
	 * @model
	 * @generated
	 */
	String getImporterVersion();

	/**
	 * Sets the value of the '{@link yeardiff.model.api.Source#getImporterVersion <em>Importer Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importer Version</em>' attribute.
	 * @see #getImporterVersion()
	 * @generated
	 */
	void setImporterVersion(String value);

} // Source
