package yeardiff.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.search.SearchHit;

/**
 * One index document per statement, and the hit read back from it. A statement is about the subject
 * of its section or, for a subsection about no subject of its own, of the nearest section above
 * that has one, as the comparison sees it. The partner filter field also holds the subjects that
 * answer for the same partner: the members of a composite ("België en Luxemburg" is found by
 * {@code partner:belgie}) and the composites a member belongs to.
 */
public final class StatementDocuments {

	/** The analysed statement text, which plain words and phrases search. */
	public static final String TEXT = "text"; //$NON-NLS-1$
	/** The partner filter: subject ids, not analysed. */
	public static final String PARTNER = "partner"; //$NON-NLS-1$
	/** The year filter: the year the report covers, as a point. */
	public static final String YEAR = "year"; //$NON-NLS-1$

	private static final String REPORT = "report"; //$NON-NLS-1$
	private static final String SUBJECT = "subject"; //$NON-NLS-1$
	private static final String STATEMENT_ID = "statementId"; //$NON-NLS-1$
	private static final String PAGE = "page"; //$NON-NLS-1$

	private final SubjectRegistry registry;

	public StatementDocuments(SubjectRegistry registry) {
		this.registry = registry;
	}

	/** The documents of a report's statements, in the order of the letter. */
	public List<Document> of(Report report) {
		List<Document> documents = new ArrayList<>();
		for (Section section : report.getSections()) {
			collect(report, section, null, documents);
		}
		return documents;
	}

	private void collect(Report report, Section section, Subject inherited, List<Document> documents) {
		Subject subject = section.getSubject() != null ? section.getSubject() : inherited;
		for (Paragraph paragraph : section.getParagraphs()) {
			for (Statement statement : paragraph.getStatements()) {
				documents.add(document(report, subject, statement));
			}
		}
		for (Section subsection : section.getSubsections()) {
			collect(report, subsection, subject, documents);
		}
	}

	private Document document(Report report, Subject subject, Statement statement) {
		Document document = new Document();
		document.add(new StoredField(REPORT, report.getId()));
		document.add(new IntPoint(YEAR, report.getYear()));
		document.add(new StoredField(YEAR, report.getYear()));
		if (subject != null && subject.getId() != null) {
			document.add(new StoredField(SUBJECT, subject.getId()));
			for (String partner : answeringFor(subject.getId())) {
				document.add(new StringField(PARTNER, partner, Field.Store.NO));
			}
		}
		document.add(new StoredField(STATEMENT_ID, statement.getId()));
		document.add(new TextField(TEXT, statement.getText() == null ? "" : statement.getText(), Field.Store.YES)); //$NON-NLS-1$
		document.add(new StoredField(PAGE, statement.getPage()));
		return document;
	}

	private Set<String> answeringFor(String subjectId) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(subjectId);
		registry.byId(subjectId).ifPresent(definition -> ids.addAll(definition.members()));
		for (SubjectDefinition composite : registry.all()) {
			if (composite.members().contains(subjectId)) {
				ids.add(composite.id());
			}
		}
		return ids;
	}

	/** The hit that document {@code doc} of {@code fields} stands for. */
	public static SearchHit hit(StoredFields fields, int doc, float score) throws IOException {
		Document document = fields.document(doc);
		return new SearchHit(document.get(REPORT), document.getField(YEAR).numericValue().intValue(),
				document.get(SUBJECT), document.get(STATEMENT_ID), document.get(TEXT),
				document.getField(PAGE).numericValue().intValue(), score);
	}
}
