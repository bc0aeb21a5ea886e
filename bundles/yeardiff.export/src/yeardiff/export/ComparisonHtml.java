package yeardiff.export;

import static yeardiff.export.HtmlText.escape;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import yeardiff.compare.FactChange;
import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.FactFormat;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.export.internal.MarkedText;
import yeardiff.export.internal.Messages;
import yeardiff.export.internal.PairSides;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * A comparison of two reports as one HTML page that a reviewer can mail around or archive: its
 * styles are inline and it needs no scripts, fonts or images, so it reads the same in any browser
 * or mail client, offline, years later. It opens with a summary per partner, then shows each
 * partner's statements side by side, the words only one report has struck through or underlined,
 * and under each pair the facts that changed. Everything taken from the letters is escaped.
 *
 * <p>The page is a pure function of its input: no date or other varying content, so that the same
 * comparison gives the same bytes.</p>
 */
public final class ComparisonHtml {

	private static final String STYLE = """
			body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 2em; color: #1b1b1b; }
			h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
			table { border-collapse: collapse; width: 100%; }
			th, td { border: 1px solid #ddd; padding: 0.35em 0.5em; vertical-align: top; text-align: left; }
			th { background: #f3f3f3; }
			table.summary td.count, table.summary th.count { text-align: right; width: 6em; }
			table.summary tr.total td { font-weight: bold; }
			table.pairs td.statement { width: 45%; }
			td.status { width: 7em; white-space: nowrap; }
			.ref { color: #666; font-size: 0.8em; margin-bottom: 0.2em; }
			.badge { display: inline-block; padding: 0.1em 0.45em; border-radius: 0.7em; font-size: 0.85em; background: #eee; }
			.badge.unchanged { background: #eee; } .badge.reworded { background: #e3ecfb; }
			.badge.changed { background: #fde2c4; } .badge.new { background: #d8f3dc; }
			.badge.dropped { background: #f8d7da; } .badge.moved { background: #ece1f8; }
			.mark { color: #b35900; font-weight: bold; margin-left: 0.3em; }
			tr.significant td { background: #fffaf0; }
			del { background: #fbe0e0; color: #8a1c1c; } ins { background: #dcf5e0; color: #1c5e2a; }
			tr.facts td { border-top: none; font-size: 0.9em; }
			tr.facts ul { margin: 0; padding-left: 1.2em; }
			div.moves h3 { font-size: 1em; margin-bottom: 0.3em; } div.moves ul { margin-top: 0; }
			p.headings, p.legend, p.empty { color: #555; }
			"""; //$NON-NLS-1$

	/**
	 * The page comparing {@code from} with {@code to}.
	 *
	 * @param comparison the comparison of the two reports
	 * @param from the earlier report, for its title
	 * @param to the later report, for its title
	 */
	public String render(ReportComparison comparison, Report from, Report to) {
		Objects.requireNonNull(comparison);
		String fromName = Messages.bind(Messages.reportName, title(from), from.getId());
		String toName = Messages.bind(Messages.reportName, title(to), to.getId());
		String title = Messages.bind(Messages.comparisonTitle, fromName, toName);
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"); //$NON-NLS-1$
		html.append("<title>").append(escape(title)).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("<h1>").append(escape(title)).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("<p class=\"legend\">").append(escape(Messages.bind(Messages.legend, from.getId(), to.getId()))) //$NON-NLS-1$
				.append(' ').append(escape(Messages.bind(Messages.significantLegend, Messages.significantMark)))
				.append("</p>\n"); //$NON-NLS-1$
		summary(html, comparison);
		for (int i = 0; i < comparison.sections().size(); i++) {
			section(html, comparison.sections().get(i), anchor(i), from.getId(), to.getId());
		}
		html.append("</body>\n</html>\n"); //$NON-NLS-1$
		return html.toString();
	}

	private static void summary(StringBuilder html, ReportComparison comparison) {
		html.append("<h2>").append(escape(Messages.summary)).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("<table class=\"summary\">\n<thead><tr><th>").append(escape(Messages.partner)).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
		for (PairStatus status : PairStatus.values()) {
			html.append("<th class=\"count\">").append(escape(Messages.status(status))).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.append("<th class=\"count\">").append(escape(Messages.significant)).append("</th></tr></thead>\n<tbody>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < comparison.sections().size(); i++) {
			SectionComparison section = comparison.sections().get(i);
			html.append("<tr><td><a href=\"#").append(anchor(i)).append("\">").append(escape(section.partnerName())) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</a></td>"); //$NON-NLS-1$
			for (PairStatus status : PairStatus.values()) {
				count(html, section.count(status));
			}
			count(html, section.pairs().stream().filter(StatementPair::significant).count());
			html.append("</tr>\n"); //$NON-NLS-1$
		}
		html.append("<tr class=\"total\"><td>").append(escape(Messages.total)).append("</td>"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<PairStatus, Long> totals = comparison.summary();
		for (PairStatus status : PairStatus.values()) {
			count(html, totals.get(status).longValue());
		}
		count(html, comparison.pairs().stream().filter(StatementPair::significant).count());
		html.append("</tr>\n</tbody>\n</table>\n"); //$NON-NLS-1$
	}

	private static void count(StringBuilder html, long count) {
		html.append("<td class=\"count\">").append(count).append("</td>"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void section(StringBuilder html, SectionComparison section, String anchor, String fromId,
			String toId) {
		html.append("<section id=\"").append(anchor).append("\">\n<h2>").append(escape(section.partnerName())) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</h2>\n"); //$NON-NLS-1$
		html.append("<p class=\"headings\">").append(escape(PairSides.headings(section))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		factMoves(html, FactMoves.of(section));
		if (section.pairs().isEmpty()) {
			html.append("<p class=\"empty\">").append(escape(Messages.noStatements)).append("</p>\n</section>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		html.append("<table class=\"pairs\">\n<thead><tr><th>").append(escape(Messages.status)).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(escape(fromId)).append("</th><th>").append(escape(toId)).append("</th></tr></thead>\n<tbody>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (StatementPair pair : section.pairs()) {
			pair(html, pair);
		}
		html.append("</tbody>\n</table>\n</section>\n"); //$NON-NLS-1$
	}

	private static void pair(StringBuilder html, StatementPair pair) {
		String status = pair.status().jsonName();
		html.append("<tr class=\"pair ").append(status).append(pair.significant() ? " significant" : "").append("\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.append("<td class=\"status\"><span class=\"badge ").append(status).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append(escape(Messages.status(pair.status()))).append("</span>"); //$NON-NLS-1$
		if (pair.significant()) {
			html.append("<span class=\"mark\" title=\"").append(escape(Messages.significant)).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
					.append(escape(Messages.significantMark)).append("</span>"); //$NON-NLS-1$
		}
		html.append("</td>"); //$NON-NLS-1$
		statement(html, "from", PairSides.earlier(pair), PairSides.earlierText(pair), "del"); //$NON-NLS-1$ //$NON-NLS-2$
		statement(html, "to", PairSides.later(pair), PairSides.laterText(pair), "ins"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("</tr>\n"); //$NON-NLS-1$
		if (!pair.factChanges().isEmpty()) {
			html.append("<tr class=\"facts").append(pair.significant() ? " significant" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("\"><td></td><td colspan=\"2\"><ul>"); //$NON-NLS-1$
			for (FactChange change : pair.factChanges()) {
				html.append("<li>"); //$NON-NLS-1$
				factChange(html, change);
				html.append("</li>"); //$NON-NLS-1$
			}
			html.append("</ul></td></tr>\n"); //$NON-NLS-1$
		}
	}

	private static void statement(StringBuilder html, String side, List<Statement> statements, MarkedText text,
			String mark) {
		html.append("<td class=\"statement ").append(side).append("\" lang=\"nl\">"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!statements.isEmpty()) {
			html.append("<div class=\"ref\">").append(escape(Messages.bind(Messages.page, PairSides.pages(statements)))) //$NON-NLS-1$
					.append(" \u00b7 ").append(escape(PairSides.ids(statements))).append("</div>"); //$NON-NLS-1$ //$NON-NLS-2$
			for (MarkedText.Segment segment : text.segments()) {
				if (segment.marked()) {
					html.append('<').append(mark).append('>').append(escape(segment.text())).append("</").append(mark) //$NON-NLS-1$
							.append('>');
				} else {
					html.append(escape(segment.text()));
				}
			}
		}
		html.append("</td>"); //$NON-NLS-1$
	}

	/** The measures whose value moved, first under the partner: what a reader asks before anything else. */
	private static void factMoves(StringBuilder html, List<FactMove> moves) {
		if (moves.isEmpty()) {
			return;
		}
		html.append("<div class=\"moves\"><h3>").append(escape(Messages.factMoves)).append("</h3><ul>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (FactMove move : moves) {
			html.append("<li><span class=\"measure\">").append(escape(move.label())).append("</span>: "); //$NON-NLS-1$ //$NON-NLS-2$
			if (move.from() != null) {
				html.append("<del>").append(escape(move.from().text())).append("</del> (").append(escape(move.from().period())).append(')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (move.from() != null && move.to() != null) {
				html.append(" \u2192 "); //$NON-NLS-1$
			}
			if (move.to() != null) {
				html.append("<ins>").append(escape(move.to().text())).append("</ins> (").append(escape(move.to().period())).append(')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (move.from() != null && move.to() != null) {
				html.append(" (").append(escape(FactFormat.delta(move.kind(), move.unit(), move.delta()))).append(')'); //$NON-NLS-1$
			}
			html.append("</li>\n"); //$NON-NLS-1$
		}
		html.append("</ul></div>\n"); //$NON-NLS-1$
	}

	/** {@link FactChange#describe()} with the old value struck through and the new one underlined. */
	private static void factChange(StringBuilder html, FactChange change) {
		if (change.from() == null) {
			html.append("+ <ins>").append(escape(change.to().text())).append("</ins>"); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (change.to() == null) {
			html.append("\u2212 <del>").append(escape(change.from().text())).append("</del>"); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			html.append("<del>").append(escape(change.from().text())).append("</del> \u2192 <ins>") //$NON-NLS-1$ //$NON-NLS-2$
					.append(escape(change.to().text())).append("</ins> (") //$NON-NLS-1$
					.append(escape(FactFormat.delta(change.kind(), change.to().unit(), change.delta()))).append(')');
		}
	}

	private static String title(Report report) {
		return report.getTitle() == null ? report.getId() : report.getTitle();
	}

	/* Partner ids may hold anything a heading holds ("heading:..."): anchors are numbered instead. */
	private static String anchor(int index) {
		return "partner-" + (index + 1); //$NON-NLS-1$
	}
}
