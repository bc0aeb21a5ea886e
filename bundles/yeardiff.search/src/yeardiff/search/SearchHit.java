package yeardiff.search;

/**
 * One statement that matches a search, with what a reader needs to find it in the letter: the
 * report, the partner the statement is about and the page it starts on. The fields are those of
 * {@code yeardiff search --json}.
 *
 * @param report the id of the report holding the statement
 * @param year the year that report covers
 * @param partner the id of the partner, organisation or theme the statement's section is about,
 *            or {@code null} for a section about no known subject
 * @param statementId the statement's stable id
 * @param text the statement's text
 * @param page the page of the letter the statement starts on
 * @param score how well the statement matches; higher is better, comparable within one search only
 */
public record SearchHit(String report, int year, String partner, String statementId, String text, int page,
		float score) {
}
