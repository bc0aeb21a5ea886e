package yeardiff.extract;

import java.util.List;
import java.util.Objects;

import yeardiff.model.api.Subject;
import yeardiff.model.api.SubjectKind;
import yeardiff.model.meta.ReportFactory;

/**
 * What a section of a letter can be about: a partner country, an organisation or a theme, with
 * the names the letters and the users give it. Comparison aligns sections across years by this
 * id, so the id never changes once a report has been stored with it.
 *
 * @param id stable lower-case ASCII id with hyphens, such as {@code verenigd-koninkrijk}
 * @param name the Dutch name as the letters print it in a heading
 * @param kind partner, organisation or theme
 * @param aliases other names: headings of other years, abbreviations and English names
 * @param members the ids of the subjects a composite subject groups (België en Luxemburg), empty
 *            otherwise
 */
public record SubjectDefinition(String id, String name, SubjectKind kind, List<String> aliases, List<String> members) {

	public SubjectDefinition {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		Objects.requireNonNull(kind);
		aliases = List.copyOf(aliases);
		members = List.copyOf(members);
	}

	/** A new model subject carrying this definition's id, name, kind and aliases. */
	public Subject toModel() {
		Subject subject = ReportFactory.eINSTANCE.createSubject();
		subject.setId(id);
		subject.setName(name);
		subject.setKind(kind);
		subject.getAliases().addAll(aliases);
		return subject;
	}
}
