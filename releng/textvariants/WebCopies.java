import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * Writes each sample letter as a reader copies it from a web page (officielebekendmakingen.nl,
 * rijksoverheid.nl): the letterhead's labels and values on a line each, every heading and every
 * paragraph on one line (the items of a list after a lead-in ending in a colon on a line each), no
 * hyphenation, no page furniture; once with a blank line between blocks
 * and once without. The text comes from the text import of the letter, so a correct import of the
 * copy gives the same statements. Run by releng/textvariants/generate; not part of the product.
 */
public final class WebCopies {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		for (SampleLetter letter : SampleLetter.all()) {
			Report report = new ReportImporter().read(letter.bytes(), letter.fileName(), ImportOptions.defaults().withYear(letter.year()));
			StringBuilder head = new StringBuilder();
			if (report.getReference() != null) {
				head.append("Onze referentie ").append(report.getReference()).append('\n');
			}
			if (report.getDate() != null) {
				LocalDate date = LocalDate.parse(report.getDate());
				head.append("Datum ").append(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")))).append('\n');
			}
			if (report.getTitle() != null) {
				head.append("Betreft ").append(report.getTitle()).append('\n');
			}
			StringBuilder body = new StringBuilder();
			for (Section section : report.getSections()) {
				block(body, section);
			}
			String blocks = body.toString();
			Files.writeString(out.resolve(report.getId() + "-blank-lines.txt"), head + "\n" + blocks.replace("\n", "\n\n"), StandardCharsets.UTF_8);
			Files.writeString(out.resolve(report.getId() + "-lines.txt"), head + blocks, StandardCharsets.UTF_8);
		}
	}

	private static void block(StringBuilder body, Section section) {
		if (section.getHeading() != null) {
			body.append(section.getHeading()).append('\n');
		}
		for (Paragraph paragraph : section.getParagraphs()) {
			// a lead-in ending in a colon is followed by the items of a list, each a list item of the page
			List<String> sentences = paragraph.getStatements().stream().map(Statement::getText).toList();
			int leadIn = 0;
			while (leadIn < sentences.size() && !sentences.get(leadIn).endsWith(":")) {
				leadIn++;
			}
			body.append(String.join(" ", sentences.subList(0, Math.min(leadIn + 1, sentences.size())))).append('\n');
			for (String item : sentences.subList(Math.min(leadIn + 1, sentences.size()), sentences.size())) {
				body.append("- ").append(item).append('\n');
			}
		}
		for (Section subsection : section.getSubsections()) {
			block(body, subsection);
		}
	}
}
