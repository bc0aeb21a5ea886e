package yeardiff.draft.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * A draft as the editor's tree shows it: sections, and in each its statements in reading order
 * (paragraph after paragraph) followed by its subsections, as the letter prints them.
 */
public final class DraftTreeContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Report report ? report.getSections().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof Section section)) {
			return new Object[0];
		}
		List<Object> children = new ArrayList<>();
		for (Paragraph paragraph : section.getParagraphs()) {
			children.addAll(paragraph.getStatements());
		}
		children.addAll(section.getSubsections());
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Statement statement && statement.eContainer() != null) {
			return statement.eContainer().eContainer();
		}
		return element instanceof Section section ? section.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Section section && (!section.getParagraphs().isEmpty() || !section.getSubsections().isEmpty());
	}
}
