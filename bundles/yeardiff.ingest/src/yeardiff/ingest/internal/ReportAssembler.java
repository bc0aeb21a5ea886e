package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import yeardiff.extract.HeadingNumber;
import yeardiff.extract.StatementEnricher;
import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.model.api.SubjectKind;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.util.StableIds;

/**
 * Builds the report model from a letter's blocks: a section per heading with the subject the
 * registry knows it by, paragraphs, and a statement per sentence, each filled with its facts by the
 * {@link StatementEnricher}.
 *
 * <p>Every heading gets a subject: the one the registry knows it by, else a theme of its own
 * ({@link SubjectRegistry#subjectOf(String)}). Partners (any country, known or not) and organisations
 * open top-level sections, so that a section on a partner the registry does not list ("Polen" after
 * NAVO's last theme) is never compared or audited as part of its neighbour. A theme (PESCO,
 * Militaire mobiliteit, Lastenverdeling ...) or an unknown heading under an organisation is a
 * subsection of it; elsewhere, and when it starts a new group ("Overige partnerlanden", "Overige
 * multilaterale verbanden"), it is a top-level section. In a letter that numbers its headings the
 * numbers decide instead: headings numbered as deep as those of the partners and organisations
 * ("2. Duitsland", "4. NAVO") or less are top-level, deeper ones ("4.2 Cyber") subsections. Text
 * before the first heading forms an untitled opening section.</p>
 *
 * <p>A letter without any section on a partner or an organisation (one organised by theme, or a
 * short letter without headings) is about the subject its title names: one top-level section of
 * that subject holds its text, its headings as subsections.</p>
 *
 * <p>Where pages are missing, the heading of a partner's section may have gone with them: text
 * after the gap that is clearly about another strategic partner opens an untitled section about
 * that partner, which runs to the next heading.</p>
 *
 * <p>Ids come from content and position: {@code <report>/<subject id or heading slug>} for a
 * section, {@code <section id>/<8 hex digits of the text's SHA-256>} for a statement, with -2, -3
 * ... where they would repeat.</p>
 */
public final class ReportAssembler {

	/** The slug of the untitled opening section: it plays the part of an introduction. */
	private static final String OPENING = "inleiding"; //$NON-NLS-1$
	private static final String GROUP_PREFIX = "Overige "; //$NON-NLS-1$

	private final ReportFactory factory = ReportFactory.eINSTANCE;
	private final SubjectRegistry registry;
	private final StatementEnricher enricher = new StatementEnricher();
	private final DutchSentenceSplitter splitter = new DutchSentenceSplitter();

	private final Map<String, Subject> subjects = new HashMap<>();
	private final Set<String> sectionIds = new HashSet<>();
	private final Map<Section, Set<String>> statementIds = new HashMap<>();
	private final Set<String> newSubjects = new LinkedHashSet<>();
	private final PartnerMentions mentions;
	private Report report;
	/** The partners the letter being assembled names nearly everywhere: computed at its first gap. */
	private Set<String> ownVoice;

	public ReportAssembler(SubjectRegistry registry) {
		this.registry = registry;
		this.mentions = new PartnerMentions(registry);
	}

	/** Whether any heading names a partner or an organisation: what makes a text such a letter. */
	public static boolean namesPartner(List<Block> blocks, SubjectRegistry registry) {
		return blocks.stream()
				.filter(Block.Heading.class::isInstance)
				.map(block -> registry.match(((Block.Heading) block).text()))
				.flatMap(Optional::stream)
				.anyMatch(definition -> definition.kind() != SubjectKind.THEME);
	}

	/**
	 * The names of the subjects that headings of the last assembled letter named and the registry
	 * does not list, in the order of their first heading: what the letter taught the reader.
	 */
	public List<String> newSubjects() {
		return List.copyOf(newSubjects);
	}

	/**
	 * The report of these blocks and footnotes, without its source.
	 *
	 * @param ownSubject the subject the letter's title names, for a letter without partner or
	 *            organisation sections (see {@link #namesPartner}); {@code null} for any other letter
	 */
	public Report assemble(LetterMetadata metadata, LetterheadFields head, List<Block> blocks, List<Note> notes, SubjectDefinition ownSubject) {
		report = factory.createReport();
		ownVoice = null;
		report.setId(metadata.id());
		report.setYear(metadata.year());
		report.setKind(metadata.kind());
		report.setTitle(metadata.title());
		report.setDate(metadata.date());
		report.setReference(head.reference());
		report.setKamerstuk(head.kamerstuk());
		report.setMinister(head.minister());
		Section own = null;
		if (ownSubject != null) {
			own = section(metadata.title(), blocks.isEmpty() ? 1 : blocks.get(0).page(), 1, Optional.of(ownSubject));
			report.getSections().add(own);
		}
		int partnerDepth = partnerDepth(blocks);
		Section top = own;
		Section current = own;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Block.Heading heading) {
				SubjectDefinition definition = registry.subjectOf(heading.text());
				if (!registry.lists(definition)) {
					newSubjects.add(definition.name());
				}
				boolean subsection = own != null || isSubsection(top, heading.text(), definition, partnerDepth);
				current = section(heading.text(), heading.page(), subsection ? 2 : 1, Optional.of(definition));
				if (subsection) {
					top.getSubsections().add(current);
				} else {
					report.getSections().add(current);
					top = current;
				}
			} else if (block instanceof Block.Paragraph paragraph) {
				if (current == null) {
					current = section(null, paragraph.page(), 1, Optional.empty());
					report.getSections().add(current);
					top = current;
				}
				Optional<SubjectDefinition> lostPartner = own == null && paragraph.afterGap() ? lostPartner(current, blocks, i) : Optional.empty();
				if (lostPartner.isPresent()) {
					current = section(null, paragraph.page(), 1, lostPartner);
					report.getSections().add(current);
					top = current;
				}
				addParagraph(current, paragraph);
			}
		}
		for (Note note : notes) {
			Footnote footnote = factory.createFootnote();
			footnote.setNumber(note.number());
			footnote.setText(note.text());
			footnote.setPage(note.page());
			report.getFootnotes().add(footnote);
		}
		return report;
	}

	/** Whether a heading opens a subsection of the top-level section before it: see the class comment. */
	private static boolean isSubsection(Section top, String heading, SubjectDefinition definition, int partnerDepth) {
		if (top == null) {
			return false;
		}
		HeadingNumber number = HeadingNumber.of(heading);
		if (number.numbered() && partnerDepth > 0) {
			return number.depth() > partnerDepth;
		}
		return top.getSubject() != null && top.getSubject().getKind() == SubjectKind.ORGANISATION && definition.kind() == SubjectKind.THEME
				&& !number.title().startsWith(GROUP_PREFIX);
	}

	/**
	 * How deep the numbers of the headings on partners and organisations go: 1 for "2. Duitsland",
	 * 2 for "2.3 Duitsland"; 0 when they carry no numbers.
	 */
	private int partnerDepth(List<Block> blocks) {
		int depth = 0;
		for (Block block : blocks) {
			if (block instanceof Block.Heading heading) {
				HeadingNumber number = HeadingNumber.of(heading.text());
				boolean partner = registry.match(heading.text()).map(found -> found.kind() != SubjectKind.THEME).orElse(Boolean.FALSE).booleanValue();
				if (number.numbered() && partner && (depth == 0 || number.depth() < depth)) {
					depth = number.depth();
				}
			}
		}
		return depth;
	}

	/**
	 * The partner whose heading went missing with the pages before a paragraph: the one partner,
	 * other than that of the current section, clearly named by the text from the paragraph to the
	 * next heading or the next gap. The paragraph right after a gap often is the tail of a sentence
	 * that began on a missing page and names no partner, or names two ("het Duits-Franse project
	 * Main Ground Combat System"); the text after it says whose section it is in.
	 */
	private Optional<SubjectDefinition> lostPartner(Section current, List<Block> blocks, int gapParagraph) {
		List<String> sentences = new ArrayList<>();
		for (int i = gapParagraph; i < blocks.size(); i++) {
			if (!(blocks.get(i) instanceof Block.Paragraph paragraph) || (i > gapParagraph && paragraph.afterGap())) {
				break;
			}
			sentences.addAll(sentences(paragraph));
		}
		if (ownVoice == null) {
			ownVoice = mentions.ownVoice(stretches(blocks));
		}
		String currentPartner = current.getSubject() == null ? null : current.getSubject().getId();
		return mentions.clearPartner(sentences, currentPartner, ownVoice).flatMap(registry::byId);
	}

	/** The sentences of each stretch of text between two headings. */
	private List<List<String>> stretches(List<Block> blocks) {
		List<List<String>> stretches = new ArrayList<>();
		List<String> stretch = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof Block.Heading) {
				if (!stretch.isEmpty()) {
					stretches.add(stretch);
				}
				stretch = new ArrayList<>();
			} else if (block instanceof Block.Paragraph paragraph) {
				stretch.addAll(sentences(paragraph));
			}
		}
		if (!stretch.isEmpty()) {
			stretches.add(stretch);
		}
		return stretches;
	}

	private List<String> sentences(Block.Paragraph paragraph) {
		List<String> sentences = new ArrayList<>();
		for (PagedText item : paragraph.items()) {
			String text = item.text();
			for (DutchSentenceSplitter.Span span : splitter.split(text)) {
				sentences.add(text.substring(span.start(), span.end()));
			}
		}
		return sentences;
	}

	private Section section(String heading, int page, int level, Optional<SubjectDefinition> definition) {
		Section section = factory.createSection();
		String key = definition.map(SubjectDefinition::id).orElse(heading == null ? OPENING : StableIds.slug(heading));
		section.setId(StableIds.unique(report.getId() + '/' + key, sectionIds));
		section.setHeading(heading);
		section.setLevel(level);
		section.setPage(page);
		definition.ifPresent(found -> section.setSubject(subject(found)));
		statementIds.put(section, new HashSet<>());
		return section;
	}

	private Subject subject(SubjectDefinition definition) {
		return subjects.computeIfAbsent(definition.id(), id -> {
			Subject subject = definition.toModel();
			report.getSubjects().add(subject);
			return subject;
		});
	}

	/** Adds the paragraph to its section first: the enricher reads a statement's section (the partner a bare "kronen" belongs to). */
	private void addParagraph(Section section, Block.Paragraph block) {
		Paragraph paragraph = factory.createParagraph();
		paragraph.setPage(block.page());
		section.getParagraphs().add(paragraph);
		for (PagedText item : block.items()) {
			String text = item.text();
			for (DutchSentenceSplitter.Span span : splitter.split(text)) {
				Statement statement = factory.createStatement();
				String sentence = text.substring(span.start(), span.end());
				statement.setText(sentence);
				statement.setPage(item.pageAt(span.start()));
				statement.setId(StableIds.unique(section.getId() + '/' + StableIds.textHash(sentence), statementIds.get(section)));
				paragraph.getStatements().add(statement);
				enricher.enrich(statement, report.getYear());
			}
		}
	}
}
