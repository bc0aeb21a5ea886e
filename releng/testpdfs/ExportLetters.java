import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * Writes the text import of each sample letter as JSON for housestyles.py: the letter's metadata,
 * its sections with their headings and paragraphs, its footnotes, and for each footnote the words
 * its marker followed in the extraction (so that the typeset letter puts the note where the
 * published one had it). Run by releng/testpdfs/generate on the built bundles; not part of the
 * product.
 */
public final class ExportLetters {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		for (SampleLetter letter : SampleLetter.all()) {
			Report report = new ReportImporter().read(letter.bytes(), letter.fileName(), ImportOptions.defaults().withYear(letter.year()));
			String raw = new String(letter.bytes(), StandardCharsets.UTF_8);
			StringBuilder json = new StringBuilder();
			json.append("{\"file\": ").append(quote(letter.fileName()));
			json.append(", \"givenYear\": ").append(letter.year());
			json.append(", \"id\": ").append(quote(report.getId()));
			json.append(", \"year\": ").append(report.getYear());
			json.append(", \"kind\": ").append(quote(report.getKind().getLiteral()));
			json.append(", \"title\": ").append(quote(report.getTitle()));
			json.append(", \"date\": ").append(quote(report.getDate()));
			json.append(", \"reference\": ").append(quote(report.getReference()));
			json.append(", \"minister\": ").append(quote(report.getMinister()));
			json.append(", \"sections\": ");
			sections(json, report.getSections());
			json.append(", \"footnotes\": [");
			String separator = "";
			for (Footnote note : report.getFootnotes()) {
				json.append(separator).append("{\"number\": ").append(note.getNumber()).append(", \"text\": ").append(quote(note.getText()))
						.append(", \"anchor\": ").append(quote(anchor(raw, note.getNumber()))).append('}');
				separator = ", ";
			}
			json.append("]}\n");
			Files.writeString(out.resolve(report.getId() + ".json"), json, StandardCharsets.UTF_8);
		}
	}

	private static void sections(StringBuilder json, List<Section> sections) {
		json.append('[');
		String separator = "";
		for (Section section : sections) {
			json.append(separator).append("{\"heading\": ").append(quote(section.getHeading())).append(", \"level\": ").append(section.getLevel())
					.append(", \"paragraphs\": [");
			String paragraphSeparator = "";
			for (Paragraph paragraph : section.getParagraphs()) {
				json.append(paragraphSeparator).append('[');
				String statementSeparator = "";
				for (Statement statement : paragraph.getStatements()) {
					json.append(statementSeparator).append(quote(statement.getText()));
					statementSeparator = ", ";
				}
				json.append(']');
				paragraphSeparator = ", ";
			}
			json.append("], \"sections\": ");
			sections(json, section.getSubsections());
			json.append('}');
			separator = ", ";
		}
		json.append(']');
	}

	/**
	 * The two words before a footnote's marker in the extraction and the word after it
	 * ("verschillende beleidsstukken|aangegeven" for "beleidsstukken1 aangegeven").
	 */
	private static String anchor(String raw, int number) {
		Matcher marker = Pattern.compile("(\\S+\\s+\\S*?(?:\\p{Ll}|[%)]|(?:19|20)\\d\\d))" + number + "(?![\\d,.])\\s+(\\S+)").matcher(raw);
		while (marker.find()) {
			String words = marker.group(1).replaceAll("\\s+", " ");
			if (!words.matches(".*\\d") || words.matches(".*(?:19|20)\\d\\d")) {
				return words + '|' + marker.group(2);
			}
		}
		return null;
	}

	private static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					} else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}
}
