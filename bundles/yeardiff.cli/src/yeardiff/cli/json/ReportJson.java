package yeardiff.cli.json;

import java.util.List;

import yeardiff.model.api.Commitment;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/** {@code yeardiff show --json}: a report with its sections, statements and facts. */
public record ReportJson(String id, int year, String kind, String title, String date, String reference, String kamerstuk,
		String minister, SourceJson source, List<SectionJson> sections, List<FootnoteJson> footnotes) {

	public record SourceJson(String fileName, String sha256, String kind, int pageCount, int declaredPageCount,
			List<Integer> pages) {
	}

	public record SectionJson(String heading, String partner, List<SectionJson> sections, List<ParagraphJson> paragraphs) {
	}

	public record ParagraphJson(int page, List<StatementJson> statements) {
	}

	public record StatementJson(String id, String text, int page, List<FactJson> facts, CommitmentJson commitment,
			List<String> references) {
	}

	public record CommitmentJson(String id, String modality, String cue, FactJson due) {
	}

	public record FootnoteJson(int number, int page, String text) {
	}

	public static ReportJson of(Report report) {
		SourceJson source = report.getSource() == null ? null
				: new SourceJson(report.getSource().getFileName(), report.getSource().getSha256(),
						report.getSource().getKind().getLiteral(), report.getSource().getPageCount(),
						report.getSource().getDeclaredPageCount(), List.copyOf(report.getSource().getPages()));
		return new ReportJson(report.getId(), report.getYear(), report.getKind().getLiteral(), report.getTitle(), report.getDate(),
				report.getReference(), report.getKamerstuk(), report.getMinister(), source,
				report.getSections().stream().map(ReportJson::section).toList(),
				report.getFootnotes().stream().map(ReportJson::footnote).toList());
	}

	private static SectionJson section(Section section) {
		return new SectionJson(section.getHeading(), section.getSubject() == null ? null : section.getSubject().getId(),
				section.getSubsections().stream().map(ReportJson::section).toList(),
				section.getParagraphs().stream().map(ReportJson::paragraph).toList());
	}

	private static ParagraphJson paragraph(Paragraph paragraph) {
		return new ParagraphJson(paragraph.getPage(), paragraph.getStatements().stream().map(ReportJson::statement).toList());
	}

	public static StatementJson statement(Statement statement) {
		return new StatementJson(statement.getId(), statement.getText(), statement.getPage(),
				statement.getFacts().stream().map(FactJson::of).toList(), commitment(statement.getCommitment()),
				statement.getReferences().stream().map(reference -> reference.getText()).toList());
	}

	private static CommitmentJson commitment(Commitment commitment) {
		if (commitment == null) {
			return null;
		}
		return new CommitmentJson(commitment.getId(), commitment.getModality().getLiteral(), commitment.getCue(),
				commitment.getDue() == null ? null : FactJson.of(commitment.getDue()));
	}

	private static FootnoteJson footnote(Footnote footnote) {
		return new FootnoteJson(footnote.getNumber(), footnote.getPage(), footnote.getText());
	}
}
