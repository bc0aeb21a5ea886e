package yeardiff.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import yeardiff.compare.FactFormat;
import yeardiff.extract.FactValues;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.ui.internal.Labels;
import yeardiff.ui.internal.Messages;

/**
 * The Properties view's reading of a report, section, statement or fact, in a reader's terms (the
 * year covered, the letter's date and reference, the partner, the page, a fact's value as the letter
 * writes it) rather than the model's attribute names; read only (reports change by importing a
 * letter again).
 */
final class ModelPropertySource implements IPropertySource {

	private final Map<String, String> properties = new LinkedHashMap<>();

	ModelPropertySource(EObject object) {
		if (object instanceof Report report) {
			report(report);
		} else if (object instanceof Section section) {
			put(Messages.Properties_heading, section.getHeading());
			put(Messages.Properties_partner, section.getSubject() == null ? null : section.getSubject().getName());
			put(Messages.Properties_page, section.getPage() > 0 ? Integer.toString(section.getPage()) : null);
			put(Messages.Properties_statements, Long.toString(section.getParagraphs().stream().mapToLong(p -> p.getStatements().size()).sum()));
		} else if (object instanceof Statement statement) {
			statement(statement);
		} else if (object instanceof Fact fact) {
			fact(fact);
		}
	}

	private void report(Report report) {
		put(Messages.Properties_report, report.getId());
		put(Messages.Properties_title, report.getTitle());
		put(Messages.Properties_year, Integer.toString(report.getYear()));
		put(Messages.Properties_date, report.getDate() == null ? null : String.valueOf(report.getDate()));
		put(Messages.Properties_reference, report.getReference());
		put(Messages.Properties_kamerstuk, report.getKamerstuk());
		put(Messages.Properties_minister, report.getMinister());
		put(Messages.Properties_basedOn, report.getBasedOn());
		if (report.getSource() != null) {
			put(Messages.Properties_sourceFile, report.getSource().getFileName());
			put(Messages.Properties_pages, report.getSource().getPageCount() > 0 ? Integer.toString(report.getSource().getPageCount()) : null);
		}
	}

	private void statement(Statement statement) {
		put(Messages.Properties_text, statement.getText());
		put(Messages.Properties_page, statement.getPage() > 0 ? Integer.toString(statement.getPage()) : null);
		EObject container = statement.eContainer() == null ? null : statement.eContainer().eContainer();
		if (container instanceof Section section) {
			put(Messages.Properties_section, section.getHeading());
		}
		put(Messages.Properties_facts, statement.getFacts().stream().map(ModelPropertySource::describe).collect(Collectors.joining("; "))); //$NON-NLS-1$
		Commitment commitment = statement.getCommitment();
		if (commitment != null) {
			String due = commitment.getDue() == null ? null : commitment.getDue().getText();
			put(Messages.Properties_commitment, commitment.getModality().getLiteral() + (due == null ? "" : " — " + due)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void fact(Fact fact) {
		put(Messages.Properties_kind, Labels.factKind(FactValues.kind(fact)));
		put(Messages.Properties_writtenAs, fact.getText());
		put(Messages.Properties_value, FactFormat.compact(FactValues.unit(fact), FactValues.value(fact)));
		put(Messages.Properties_approximate, fact.isApproximate() ? Messages.Properties_yes : null);
	}

	private static String describe(Fact fact) {
		return Labels.factKind(FactValues.kind(fact)) + ": " + fact.getText(); //$NON-NLS-1$
	}

	private void put(String label, String value) {
		if (value != null && !value.isBlank()) {
			properties.put(label, value);
		}
	}

	@Override
	public Object getEditableValue() {
		return null;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (String label : properties.keySet()) {
			descriptors.add(new PropertyDescriptor(label, label));
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return properties.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read only.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read only.
	}
}
