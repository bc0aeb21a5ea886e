/**
 */
package yeardiff.model.meta;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The yearly report on international military cooperation, read into sections, statements and the facts inside them.
 * <!-- end-model-doc -->
 * @see yeardiff.model.meta.ReportFactory
 * @model kind="package"
 * @generated
 */
public interface ReportPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://yeardiff.org/model/report/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "report";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReportPackage eINSTANCE = yeardiff.model.impl.ReportPackageImpl.init();

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.ReportImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__DATE = 4;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REFERENCE = 5;

	/**
	 * The feature id for the '<em><b>Kamerstuk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__KAMERSTUK = 6;

	/**
	 * The feature id for the '<em><b>Minister</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__MINISTER = 7;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__BASED_ON = 8;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SOURCE = 9;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SUBJECTS = 10;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SECTIONS = 11;

	/**
	 * The feature id for the '<em><b>Footnotes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__FOOTNOTES = 12;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.SourceImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 1;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FILE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PAGE_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Declared Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DECLARED_PAGE_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PAGES = 5;

	/**
	 * The feature id for the '<em><b>Importer Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORTER_VERSION = 6;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.SubjectImpl <em>Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.SubjectImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getSubject()
	 * @generated
	 */
	int SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ALIASES = 3;

	/**
	 * The number of structural features of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.SectionImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__HEADING = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__PAGE = 3;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SUBJECT = 4;

	/**
	 * The feature id for the '<em><b>Subsections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SUBSECTIONS = 5;

	/**
	 * The feature id for the '<em><b>Paragraphs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__PARAGRAPHS = 6;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.ParagraphImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getParagraph()
	 * @generated
	 */
	int PARAGRAPH = 4;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__PAGE = 0;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__STATEMENTS = 1;

	/**
	 * The number of structural features of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.StatementImpl <em>Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.StatementImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getStatement()
	 * @generated
	 */
	int STATEMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__PAGE = 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__ORIGIN = 3;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__FACTS = 4;

	/**
	 * The feature id for the '<em><b>Commitment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__COMMITMENT = 5;

	/**
	 * The feature id for the '<em><b>References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__REFERENCES = 6;

	/**
	 * The number of structural features of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.FactImpl <em>Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.FactImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getFact()
	 * @generated
	 */
	int FACT = 6;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__END = 2;

	/**
	 * The feature id for the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__APPROXIMATE = 3;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__MEASURE = 4;

	/**
	 * The number of structural features of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.MeasureImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__SUBJECT = 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PERIOD = 2;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.PeriodImpl <em>Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.PeriodImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__KIND = 0;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__BOUND = 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__YEAR = 2;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__END_YEAR = 3;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__MONTH = 4;

	/**
	 * The number of structural features of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.AmountImpl <em>Amount</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.AmountImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getAmount()
	 * @generated
	 */
	int AMOUNT = 9;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__TEXT = FACT__TEXT;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__BEGIN = FACT__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__END = FACT__END;

	/**
	 * The feature id for the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__APPROXIMATE = FACT__APPROXIMATE;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__MEASURE = FACT__MEASURE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT__CURRENCY = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.ShareImpl <em>Share</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.ShareImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getShare()
	 * @generated
	 */
	int SHARE = 10;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__TEXT = FACT__TEXT;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__BEGIN = FACT__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__END = FACT__END;

	/**
	 * The feature id for the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__APPROXIMATE = FACT__APPROXIMATE;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__MEASURE = FACT__MEASURE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE__BASIS = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.CountImpl <em>Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.CountImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getCount()
	 * @generated
	 */
	int COUNT = 11;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__TEXT = FACT__TEXT;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__BEGIN = FACT__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__END = FACT__END;

	/**
	 * The feature id for the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__APPROXIMATE = FACT__APPROXIMATE;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__MEASURE = FACT__MEASURE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__UNIT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Counted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT__COUNTED = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.TimeRefImpl <em>Time Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.TimeRefImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getTimeRef()
	 * @generated
	 */
	int TIME_REF = 12;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__TEXT = FACT__TEXT;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__BEGIN = FACT__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__END = FACT__END;

	/**
	 * The feature id for the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__APPROXIMATE = FACT__APPROXIMATE;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__MEASURE = FACT__MEASURE;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__PRECISION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__YEAR = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__END_YEAR = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__MONTH = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__DAY = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF__QUARTER = FACT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Time Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF_FEATURE_COUNT = FACT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Time Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_REF_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.CommitmentImpl <em>Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.CommitmentImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getCommitment()
	 * @generated
	 */
	int COMMITMENT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__MODALITY = 1;

	/**
	 * The feature id for the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__CUE = 2;

	/**
	 * The feature id for the '<em><b>Due</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DUE = 3;

	/**
	 * The number of structural features of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.DocumentReferenceImpl <em>Document Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.DocumentReferenceImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getDocumentReference()
	 * @generated
	 */
	int DOCUMENT_REFERENCE = 14;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REFERENCE__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Dossier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REFERENCE__DOSSIER = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REFERENCE__NUMBER = 2;

	/**
	 * The number of structural features of the '<em>Document Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REFERENCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Document Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.FootnoteImpl <em>Footnote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.FootnoteImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getFootnote()
	 * @generated
	 */
	int FOOTNOTE = 15;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE__PAGE = 2;

	/**
	 * The number of structural features of the '<em>Footnote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Footnote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.AuditLogImpl <em>Audit Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.AuditLogImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getAuditLog()
	 * @generated
	 */
	int AUDIT_LOG = 16;

	/**
	 * The feature id for the '<em><b>Verdicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_LOG__VERDICTS = 0;

	/**
	 * The number of structural features of the '<em>Audit Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_LOG_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Audit Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_LOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.impl.VerdictImpl <em>Verdict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.impl.VerdictImpl
	 * @see yeardiff.model.impl.ReportPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 17;

	/**
	 * The feature id for the '<em><b>Commitment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__COMMITMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__EVIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__RATIONALE = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__DATE = 5;

	/**
	 * The number of structural features of the '<em>Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.ReportKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.ReportKind
	 * @see yeardiff.model.impl.ReportPackageImpl#getReportKind()
	 * @generated
	 */
	int REPORT_KIND = 18;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.SourceKind
	 * @see yeardiff.model.impl.ReportPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 19;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.SubjectKind <em>Subject Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.SubjectKind
	 * @see yeardiff.model.impl.ReportPackageImpl#getSubjectKind()
	 * @generated
	 */
	int SUBJECT_KIND = 20;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.MeasureKind
	 * @see yeardiff.model.impl.ReportPackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 21;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.PeriodKind <em>Period Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.PeriodKind
	 * @see yeardiff.model.impl.ReportPackageImpl#getPeriodKind()
	 * @generated
	 */
	int PERIOD_KIND = 22;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.PeriodBound <em>Period Bound</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.PeriodBound
	 * @see yeardiff.model.impl.ReportPackageImpl#getPeriodBound()
	 * @generated
	 */
	int PERIOD_BOUND = 23;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.TimePrecision <em>Time Precision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.TimePrecision
	 * @see yeardiff.model.impl.ReportPackageImpl#getTimePrecision()
	 * @generated
	 */
	int TIME_PRECISION = 24;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.Modality
	 * @see yeardiff.model.impl.ReportPackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 25;

	/**
	 * The meta object id for the '{@link yeardiff.model.api.CommitmentStatus <em>Commitment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see yeardiff.model.api.CommitmentStatus
	 * @see yeardiff.model.impl.ReportPackageImpl#getCommitmentStatus()
	 * @generated
	 */
	int COMMITMENT_STATUS = 26;


	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see yeardiff.model.api.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see yeardiff.model.api.Report#getId()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Id();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see yeardiff.model.api.Report#getYear()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Year();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see yeardiff.model.api.Report#getKind()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Kind();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see yeardiff.model.api.Report#getTitle()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Title();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see yeardiff.model.api.Report#getDate()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Date();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see yeardiff.model.api.Report#getReference()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Reference();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getKamerstuk <em>Kamerstuk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kamerstuk</em>'.
	 * @see yeardiff.model.api.Report#getKamerstuk()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Kamerstuk();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getMinister <em>Minister</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minister</em>'.
	 * @see yeardiff.model.api.Report#getMinister()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Minister();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Report#getBasedOn <em>Based On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Based On</em>'.
	 * @see yeardiff.model.api.Report#getBasedOn()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_BasedOn();

	/**
	 * Returns the meta object for the containment reference '{@link yeardiff.model.api.Report#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see yeardiff.model.api.Report#getSource()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Report#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see yeardiff.model.api.Report#getSubjects()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Subjects();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Report#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see yeardiff.model.api.Report#getSections()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Report#getFootnotes <em>Footnotes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Footnotes</em>'.
	 * @see yeardiff.model.api.Report#getFootnotes()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Footnotes();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see yeardiff.model.api.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Source#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see yeardiff.model.api.Source#getFileName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_FileName();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Source#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see yeardiff.model.api.Source#getSha256()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Source#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see yeardiff.model.api.Source#getKind()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Source#getPageCount <em>Page Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Count</em>'.
	 * @see yeardiff.model.api.Source#getPageCount()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PageCount();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Source#getDeclaredPageCount <em>Declared Page Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declared Page Count</em>'.
	 * @see yeardiff.model.api.Source#getDeclaredPageCount()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_DeclaredPageCount();

	/**
	 * Returns the meta object for the attribute list '{@link yeardiff.model.api.Source#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pages</em>'.
	 * @see yeardiff.model.api.Source#getPages()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Pages();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Source#getImporterVersion <em>Importer Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importer Version</em>'.
	 * @see yeardiff.model.api.Source#getImporterVersion()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ImporterVersion();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject</em>'.
	 * @see yeardiff.model.api.Subject
	 * @generated
	 */
	EClass getSubject();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Subject#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see yeardiff.model.api.Subject#getId()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Id();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Subject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see yeardiff.model.api.Subject#getName()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Name();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Subject#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see yeardiff.model.api.Subject#getKind()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link yeardiff.model.api.Subject#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see yeardiff.model.api.Subject#getAliases()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Aliases();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see yeardiff.model.api.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Section#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see yeardiff.model.api.Section#getId()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Section#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see yeardiff.model.api.Section#getHeading()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Section#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see yeardiff.model.api.Section#getLevel()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Level();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Section#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see yeardiff.model.api.Section#getPage()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Page();

	/**
	 * Returns the meta object for the reference '{@link yeardiff.model.api.Section#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see yeardiff.model.api.Section#getSubject()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Subject();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Section#getSubsections <em>Subsections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsections</em>'.
	 * @see yeardiff.model.api.Section#getSubsections()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Subsections();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Section#getParagraphs <em>Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paragraphs</em>'.
	 * @see yeardiff.model.api.Section#getParagraphs()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Paragraphs();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Paragraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paragraph</em>'.
	 * @see yeardiff.model.api.Paragraph
	 * @generated
	 */
	EClass getParagraph();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Paragraph#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see yeardiff.model.api.Paragraph#getPage()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Page();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Paragraph#getStatements <em>Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statements</em>'.
	 * @see yeardiff.model.api.Paragraph#getStatements()
	 * @see #getParagraph()
	 * @generated
	 */
	EReference getParagraph_Statements();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Statement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statement</em>'.
	 * @see yeardiff.model.api.Statement
	 * @generated
	 */
	EClass getStatement();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Statement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see yeardiff.model.api.Statement#getId()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Id();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Statement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see yeardiff.model.api.Statement#getText()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Text();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Statement#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see yeardiff.model.api.Statement#getPage()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Page();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Statement#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see yeardiff.model.api.Statement#getOrigin()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Origin();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Statement#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facts</em>'.
	 * @see yeardiff.model.api.Statement#getFacts()
	 * @see #getStatement()
	 * @generated
	 */
	EReference getStatement_Facts();

	/**
	 * Returns the meta object for the containment reference '{@link yeardiff.model.api.Statement#getCommitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Commitment</em>'.
	 * @see yeardiff.model.api.Statement#getCommitment()
	 * @see #getStatement()
	 * @generated
	 */
	EReference getStatement_Commitment();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.Statement#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>References</em>'.
	 * @see yeardiff.model.api.Statement#getReferences()
	 * @see #getStatement()
	 * @generated
	 */
	EReference getStatement_References();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact</em>'.
	 * @see yeardiff.model.api.Fact
	 * @generated
	 */
	EClass getFact();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Fact#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see yeardiff.model.api.Fact#getText()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Text();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Fact#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see yeardiff.model.api.Fact#getBegin()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Begin();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Fact#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see yeardiff.model.api.Fact#getEnd()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_End();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Fact#isApproximate <em>Approximate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approximate</em>'.
	 * @see yeardiff.model.api.Fact#isApproximate()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Approximate();

	/**
	 * Returns the meta object for the containment reference '{@link yeardiff.model.api.Fact#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Measure</em>'.
	 * @see yeardiff.model.api.Fact#getMeasure()
	 * @see #getFact()
	 * @generated
	 */
	EReference getFact_Measure();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see yeardiff.model.api.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Measure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see yeardiff.model.api.Measure#getKind()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Measure#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see yeardiff.model.api.Measure#getSubject()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Subject();

	/**
	 * Returns the meta object for the containment reference '{@link yeardiff.model.api.Measure#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Period</em>'.
	 * @see yeardiff.model.api.Measure#getPeriod()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Period();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period</em>'.
	 * @see yeardiff.model.api.Period
	 * @generated
	 */
	EClass getPeriod();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Period#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see yeardiff.model.api.Period#getKind()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Kind();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Period#getBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bound</em>'.
	 * @see yeardiff.model.api.Period#getBound()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Bound();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Period#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see yeardiff.model.api.Period#getYear()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Year();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Period#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see yeardiff.model.api.Period#getEndYear()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Period#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see yeardiff.model.api.Period#getMonth()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Month();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Amount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Amount</em>'.
	 * @see yeardiff.model.api.Amount
	 * @generated
	 */
	EClass getAmount();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Amount#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see yeardiff.model.api.Amount#getValue()
	 * @see #getAmount()
	 * @generated
	 */
	EAttribute getAmount_Value();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Amount#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see yeardiff.model.api.Amount#getCurrency()
	 * @see #getAmount()
	 * @generated
	 */
	EAttribute getAmount_Currency();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Share <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Share</em>'.
	 * @see yeardiff.model.api.Share
	 * @generated
	 */
	EClass getShare();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Share#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see yeardiff.model.api.Share#getValue()
	 * @see #getShare()
	 * @generated
	 */
	EAttribute getShare_Value();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Share#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see yeardiff.model.api.Share#getBasis()
	 * @see #getShare()
	 * @generated
	 */
	EAttribute getShare_Basis();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Count <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Count</em>'.
	 * @see yeardiff.model.api.Count
	 * @generated
	 */
	EClass getCount();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Count#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see yeardiff.model.api.Count#getValue()
	 * @see #getCount()
	 * @generated
	 */
	EAttribute getCount_Value();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Count#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see yeardiff.model.api.Count#getUnit()
	 * @see #getCount()
	 * @generated
	 */
	EAttribute getCount_Unit();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Count#getCounted <em>Counted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counted</em>'.
	 * @see yeardiff.model.api.Count#getCounted()
	 * @see #getCount()
	 * @generated
	 */
	EAttribute getCount_Counted();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.TimeRef <em>Time Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Ref</em>'.
	 * @see yeardiff.model.api.TimeRef
	 * @generated
	 */
	EClass getTimeRef();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.TimeRef#getPrecision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precision</em>'.
	 * @see yeardiff.model.api.TimeRef#getPrecision()
	 * @see #getTimeRef()
	 * @generated
	 */
	EAttribute getTimeRef_Precision();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.TimeRef#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see yeardiff.model.api.TimeRef#getYear()
	 * @see #getTimeRef()
	 * @generated
	 */
	EAttribute getTimeRef_Year();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.TimeRef#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see yeardiff.model.api.TimeRef#getEndYear()
	 * @see #getTimeRef()
	 * @generated
	 */
	EAttribute getTimeRef_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.TimeRef#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see yeardiff.model.api.TimeRef#getMonth()
	 * @see #getTimeRef()
	 * @generated
	 */
	EAttribute getTimeRef_Month();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.TimeRef#getDay <em>Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day</em>'.
	 * @see yeardiff.model.api.TimeRef#getDay()
	 * @see #getTimeRef()
	 * @generated
	 */
	EAttribute getTimeRef_Day();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.TimeRef#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see yeardiff.model.api.TimeRef#getQuarter()
	 * @see #getTimeRef()
	 * @generated
	 */
	EAttribute getTimeRef_Quarter();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment</em>'.
	 * @see yeardiff.model.api.Commitment
	 * @generated
	 */
	EClass getCommitment();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Commitment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see yeardiff.model.api.Commitment#getId()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Id();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Commitment#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see yeardiff.model.api.Commitment#getModality()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Modality();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Commitment#getCue <em>Cue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cue</em>'.
	 * @see yeardiff.model.api.Commitment#getCue()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Cue();

	/**
	 * Returns the meta object for the reference '{@link yeardiff.model.api.Commitment#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Due</em>'.
	 * @see yeardiff.model.api.Commitment#getDue()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Due();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.DocumentReference <em>Document Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Reference</em>'.
	 * @see yeardiff.model.api.DocumentReference
	 * @generated
	 */
	EClass getDocumentReference();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.DocumentReference#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see yeardiff.model.api.DocumentReference#getText()
	 * @see #getDocumentReference()
	 * @generated
	 */
	EAttribute getDocumentReference_Text();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.DocumentReference#getDossier <em>Dossier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dossier</em>'.
	 * @see yeardiff.model.api.DocumentReference#getDossier()
	 * @see #getDocumentReference()
	 * @generated
	 */
	EAttribute getDocumentReference_Dossier();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.DocumentReference#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see yeardiff.model.api.DocumentReference#getNumber()
	 * @see #getDocumentReference()
	 * @generated
	 */
	EAttribute getDocumentReference_Number();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Footnote <em>Footnote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Footnote</em>'.
	 * @see yeardiff.model.api.Footnote
	 * @generated
	 */
	EClass getFootnote();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Footnote#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see yeardiff.model.api.Footnote#getNumber()
	 * @see #getFootnote()
	 * @generated
	 */
	EAttribute getFootnote_Number();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Footnote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see yeardiff.model.api.Footnote#getText()
	 * @see #getFootnote()
	 * @generated
	 */
	EAttribute getFootnote_Text();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Footnote#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see yeardiff.model.api.Footnote#getPage()
	 * @see #getFootnote()
	 * @generated
	 */
	EAttribute getFootnote_Page();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.AuditLog <em>Audit Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Log</em>'.
	 * @see yeardiff.model.api.AuditLog
	 * @generated
	 */
	EClass getAuditLog();

	/**
	 * Returns the meta object for the containment reference list '{@link yeardiff.model.api.AuditLog#getVerdicts <em>Verdicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verdicts</em>'.
	 * @see yeardiff.model.api.AuditLog#getVerdicts()
	 * @see #getAuditLog()
	 * @generated
	 */
	EReference getAuditLog_Verdicts();

	/**
	 * Returns the meta object for class '{@link yeardiff.model.api.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Verdict</em>'.
	 * @see yeardiff.model.api.Verdict
	 * @generated
	 */
	EClass getVerdict();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Verdict#getCommitmentId <em>Commitment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commitment Id</em>'.
	 * @see yeardiff.model.api.Verdict#getCommitmentId()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_CommitmentId();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Verdict#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see yeardiff.model.api.Verdict#getStatus()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Status();

	/**
	 * Returns the meta object for the attribute list '{@link yeardiff.model.api.Verdict#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence</em>'.
	 * @see yeardiff.model.api.Verdict#getEvidence()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Verdict#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see yeardiff.model.api.Verdict#getRationale()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Verdict#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see yeardiff.model.api.Verdict#getAuthor()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Author();

	/**
	 * Returns the meta object for the attribute '{@link yeardiff.model.api.Verdict#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see yeardiff.model.api.Verdict#getDate()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Date();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.ReportKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see yeardiff.model.api.ReportKind
	 * @generated
	 */
	EEnum getReportKind();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see yeardiff.model.api.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.SubjectKind <em>Subject Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subject Kind</em>'.
	 * @see yeardiff.model.api.SubjectKind
	 * @generated
	 */
	EEnum getSubjectKind();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see yeardiff.model.api.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.PeriodKind <em>Period Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period Kind</em>'.
	 * @see yeardiff.model.api.PeriodKind
	 * @generated
	 */
	EEnum getPeriodKind();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.PeriodBound <em>Period Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period Bound</em>'.
	 * @see yeardiff.model.api.PeriodBound
	 * @generated
	 */
	EEnum getPeriodBound();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.TimePrecision <em>Time Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Precision</em>'.
	 * @see yeardiff.model.api.TimePrecision
	 * @generated
	 */
	EEnum getTimePrecision();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see yeardiff.model.api.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the meta object for enum '{@link yeardiff.model.api.CommitmentStatus <em>Commitment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Commitment Status</em>'.
	 * @see yeardiff.model.api.CommitmentStatus
	 * @generated
	 */
	EEnum getCommitmentStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReportFactory getReportFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.ReportImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__ID = eINSTANCE.getReport_Id();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__YEAR = eINSTANCE.getReport_Year();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__KIND = eINSTANCE.getReport_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TITLE = eINSTANCE.getReport_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__DATE = eINSTANCE.getReport_Date();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__REFERENCE = eINSTANCE.getReport_Reference();

		/**
		 * The meta object literal for the '<em><b>Kamerstuk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__KAMERSTUK = eINSTANCE.getReport_Kamerstuk();

		/**
		 * The meta object literal for the '<em><b>Minister</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__MINISTER = eINSTANCE.getReport_Minister();

		/**
		 * The meta object literal for the '<em><b>Based On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__BASED_ON = eINSTANCE.getReport_BasedOn();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SOURCE = eINSTANCE.getReport_Source();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SUBJECTS = eINSTANCE.getReport_Subjects();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SECTIONS = eINSTANCE.getReport_Sections();

		/**
		 * The meta object literal for the '<em><b>Footnotes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__FOOTNOTES = eINSTANCE.getReport_Footnotes();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.SourceImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FILE_NAME = eINSTANCE.getSource_FileName();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SHA256 = eINSTANCE.getSource_Sha256();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__KIND = eINSTANCE.getSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Page Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PAGE_COUNT = eINSTANCE.getSource_PageCount();

		/**
		 * The meta object literal for the '<em><b>Declared Page Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DECLARED_PAGE_COUNT = eINSTANCE.getSource_DeclaredPageCount();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PAGES = eINSTANCE.getSource_Pages();

		/**
		 * The meta object literal for the '<em><b>Importer Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORTER_VERSION = eINSTANCE.getSource_ImporterVersion();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.SubjectImpl <em>Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.SubjectImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getSubject()
		 * @generated
		 */
		EClass SUBJECT = eINSTANCE.getSubject();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__ID = eINSTANCE.getSubject_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__NAME = eINSTANCE.getSubject_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__KIND = eINSTANCE.getSubject_Kind();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__ALIASES = eINSTANCE.getSubject_Aliases();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.SectionImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__ID = eINSTANCE.getSection_Id();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__HEADING = eINSTANCE.getSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__LEVEL = eINSTANCE.getSection_Level();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__PAGE = eINSTANCE.getSection_Page();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SUBJECT = eINSTANCE.getSection_Subject();

		/**
		 * The meta object literal for the '<em><b>Subsections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SUBSECTIONS = eINSTANCE.getSection_Subsections();

		/**
		 * The meta object literal for the '<em><b>Paragraphs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__PARAGRAPHS = eINSTANCE.getSection_Paragraphs();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.ParagraphImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getParagraph()
		 * @generated
		 */
		EClass PARAGRAPH = eINSTANCE.getParagraph();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__PAGE = eINSTANCE.getParagraph_Page();

		/**
		 * The meta object literal for the '<em><b>Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAGRAPH__STATEMENTS = eINSTANCE.getParagraph_Statements();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.StatementImpl <em>Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.StatementImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getStatement()
		 * @generated
		 */
		EClass STATEMENT = eINSTANCE.getStatement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__ID = eINSTANCE.getStatement_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TEXT = eINSTANCE.getStatement_Text();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__PAGE = eINSTANCE.getStatement_Page();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__ORIGIN = eINSTANCE.getStatement_Origin();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEMENT__FACTS = eINSTANCE.getStatement_Facts();

		/**
		 * The meta object literal for the '<em><b>Commitment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEMENT__COMMITMENT = eINSTANCE.getStatement_Commitment();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEMENT__REFERENCES = eINSTANCE.getStatement_References();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.FactImpl <em>Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.FactImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getFact()
		 * @generated
		 */
		EClass FACT = eINSTANCE.getFact();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__TEXT = eINSTANCE.getFact_Text();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__BEGIN = eINSTANCE.getFact_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__END = eINSTANCE.getFact_End();

		/**
		 * The meta object literal for the '<em><b>Approximate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__APPROXIMATE = eINSTANCE.getFact_Approximate();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT__MEASURE = eINSTANCE.getFact_Measure();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.MeasureImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__KIND = eINSTANCE.getMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__SUBJECT = eINSTANCE.getMeasure_Subject();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__PERIOD = eINSTANCE.getMeasure_Period();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.PeriodImpl <em>Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.PeriodImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getPeriod()
		 * @generated
		 */
		EClass PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__KIND = eINSTANCE.getPeriod_Kind();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__BOUND = eINSTANCE.getPeriod_Bound();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__YEAR = eINSTANCE.getPeriod_Year();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__END_YEAR = eINSTANCE.getPeriod_EndYear();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__MONTH = eINSTANCE.getPeriod_Month();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.AmountImpl <em>Amount</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.AmountImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getAmount()
		 * @generated
		 */
		EClass AMOUNT = eINSTANCE.getAmount();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMOUNT__VALUE = eINSTANCE.getAmount_Value();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMOUNT__CURRENCY = eINSTANCE.getAmount_Currency();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.ShareImpl <em>Share</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.ShareImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getShare()
		 * @generated
		 */
		EClass SHARE = eINSTANCE.getShare();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE__VALUE = eINSTANCE.getShare_Value();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE__BASIS = eINSTANCE.getShare_Basis();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.CountImpl <em>Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.CountImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getCount()
		 * @generated
		 */
		EClass COUNT = eINSTANCE.getCount();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT__VALUE = eINSTANCE.getCount_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT__UNIT = eINSTANCE.getCount_Unit();

		/**
		 * The meta object literal for the '<em><b>Counted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT__COUNTED = eINSTANCE.getCount_Counted();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.TimeRefImpl <em>Time Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.TimeRefImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getTimeRef()
		 * @generated
		 */
		EClass TIME_REF = eINSTANCE.getTimeRef();

		/**
		 * The meta object literal for the '<em><b>Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_REF__PRECISION = eINSTANCE.getTimeRef_Precision();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_REF__YEAR = eINSTANCE.getTimeRef_Year();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_REF__END_YEAR = eINSTANCE.getTimeRef_EndYear();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_REF__MONTH = eINSTANCE.getTimeRef_Month();

		/**
		 * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_REF__DAY = eINSTANCE.getTimeRef_Day();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_REF__QUARTER = eINSTANCE.getTimeRef_Quarter();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.CommitmentImpl <em>Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.CommitmentImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getCommitment()
		 * @generated
		 */
		EClass COMMITMENT = eINSTANCE.getCommitment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__ID = eINSTANCE.getCommitment_Id();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__MODALITY = eINSTANCE.getCommitment_Modality();

		/**
		 * The meta object literal for the '<em><b>Cue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__CUE = eINSTANCE.getCommitment_Cue();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__DUE = eINSTANCE.getCommitment_Due();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.DocumentReferenceImpl <em>Document Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.DocumentReferenceImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getDocumentReference()
		 * @generated
		 */
		EClass DOCUMENT_REFERENCE = eINSTANCE.getDocumentReference();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REFERENCE__TEXT = eINSTANCE.getDocumentReference_Text();

		/**
		 * The meta object literal for the '<em><b>Dossier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REFERENCE__DOSSIER = eINSTANCE.getDocumentReference_Dossier();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REFERENCE__NUMBER = eINSTANCE.getDocumentReference_Number();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.FootnoteImpl <em>Footnote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.FootnoteImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getFootnote()
		 * @generated
		 */
		EClass FOOTNOTE = eINSTANCE.getFootnote();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTNOTE__NUMBER = eINSTANCE.getFootnote_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTNOTE__TEXT = eINSTANCE.getFootnote_Text();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTNOTE__PAGE = eINSTANCE.getFootnote_Page();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.AuditLogImpl <em>Audit Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.AuditLogImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getAuditLog()
		 * @generated
		 */
		EClass AUDIT_LOG = eINSTANCE.getAuditLog();

		/**
		 * The meta object literal for the '<em><b>Verdicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_LOG__VERDICTS = eINSTANCE.getAuditLog_Verdicts();

		/**
		 * The meta object literal for the '{@link yeardiff.model.impl.VerdictImpl <em>Verdict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.impl.VerdictImpl
		 * @see yeardiff.model.impl.ReportPackageImpl#getVerdict()
		 * @generated
		 */
		EClass VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '<em><b>Commitment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__COMMITMENT_ID = eINSTANCE.getVerdict_CommitmentId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__STATUS = eINSTANCE.getVerdict_Status();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__EVIDENCE = eINSTANCE.getVerdict_Evidence();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__RATIONALE = eINSTANCE.getVerdict_Rationale();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__AUTHOR = eINSTANCE.getVerdict_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__DATE = eINSTANCE.getVerdict_Date();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.ReportKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.ReportKind
		 * @see yeardiff.model.impl.ReportPackageImpl#getReportKind()
		 * @generated
		 */
		EEnum REPORT_KIND = eINSTANCE.getReportKind();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.SourceKind
		 * @see yeardiff.model.impl.ReportPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.SubjectKind <em>Subject Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.SubjectKind
		 * @see yeardiff.model.impl.ReportPackageImpl#getSubjectKind()
		 * @generated
		 */
		EEnum SUBJECT_KIND = eINSTANCE.getSubjectKind();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.MeasureKind
		 * @see yeardiff.model.impl.ReportPackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.PeriodKind <em>Period Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.PeriodKind
		 * @see yeardiff.model.impl.ReportPackageImpl#getPeriodKind()
		 * @generated
		 */
		EEnum PERIOD_KIND = eINSTANCE.getPeriodKind();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.PeriodBound <em>Period Bound</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.PeriodBound
		 * @see yeardiff.model.impl.ReportPackageImpl#getPeriodBound()
		 * @generated
		 */
		EEnum PERIOD_BOUND = eINSTANCE.getPeriodBound();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.TimePrecision <em>Time Precision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.TimePrecision
		 * @see yeardiff.model.impl.ReportPackageImpl#getTimePrecision()
		 * @generated
		 */
		EEnum TIME_PRECISION = eINSTANCE.getTimePrecision();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.Modality
		 * @see yeardiff.model.impl.ReportPackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

		/**
		 * The meta object literal for the '{@link yeardiff.model.api.CommitmentStatus <em>Commitment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see yeardiff.model.api.CommitmentStatus
		 * @see yeardiff.model.impl.ReportPackageImpl#getCommitmentStatus()
		 * @generated
		 */
		EEnum COMMITMENT_STATUS = eINSTANCE.getCommitmentStatus();

	}

} //ReportPackage
