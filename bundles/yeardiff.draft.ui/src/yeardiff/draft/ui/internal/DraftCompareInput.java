package yeardiff.draft.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * The draft, saved or not, beside the report it was started from, in the workbench's compare
 * editor: one node per partner section that changed, its statements side by side in the order the
 * {@link ReportComparator} paired them, so that the text compare shows what the editors changed.
 */
public final class DraftCompareInput extends CompareEditorInput {

	private final Path repository;
	private final Report draft;

	/** @param draft a copy of the draft, which the comparison reads in the background */
	public DraftCompareInput(Path repository, Report draft) {
		super(configuration(draft));
		this.repository = repository;
		this.draft = draft;
		setTitle(NLS.bind(Messages.DraftCompareInput_title, draft.getBasedOn(), Integer.valueOf(draft.getYear())));
	}

	private static CompareConfiguration configuration(Report draft) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(draft.getBasedOn());
		configuration.setRightLabel(NLS.bind(Messages.DraftEditorInput_name, Integer.valueOf(draft.getYear())));
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException {
		monitor.beginTask(getTitle(), IProgressMonitor.UNKNOWN);
		Report previous;
		try (ReportRepository store = ReportRepository.open(repository)) {
			previous = store.load(draft.getBasedOn());
		} catch (StoreException e) {
			throw new InvocationTargetException(e, e.getMessage());
		}
		ReportComparison comparison = new ReportComparator().compare(previous, draft);
		DiffNode root = new DiffNode(Differencer.NO_CHANGE);
		for (SectionComparison section : comparison.sections()) {
			if (section.changes() > 0) {
				String name = Objects.requireNonNullElse(section.partnerName(), Messages.DraftEditor_noHeading);
				new DiffNode(root, Differencer.CHANGE, null, new SectionText(name, text(section, true)),
						new SectionText(name, text(section, false)));
			}
		}
		monitor.done();
		return root;
	}

	/** One side's statements, one per line, in the pairing's order; a line is empty where that side has none. */
	private static String text(SectionComparison section, boolean from) {
		return section.pairs().stream().map(pair -> side(pair, from)).filter(Objects::nonNull).map(Statement::getText)
				.collect(Collectors.joining("\n", "", "\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Statement side(StatementPair pair, boolean from) {
		return from ? pair.from() : pair.to();
	}

	/** A section's statements as a text document for the compare editor. */
	private record SectionText(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}
