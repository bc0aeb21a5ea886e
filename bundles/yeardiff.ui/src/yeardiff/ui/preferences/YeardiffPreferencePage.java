package yeardiff.ui.preferences;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.ScaleFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;

/**
 * Window &gt; Preferences &gt; Yeardiff: the repository the workbench shows, and how reports are
 * compared. A new repository location takes effect when the page is applied, as if opened with
 * File &gt; Open Repository.
 */
public final class YeardiffPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private RepositorySelection repositories;
	private DirectoryFieldEditor location;

	public YeardiffPreferencePage() {
		super(GRID);
		setDescription(Messages.PreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ComparisonPreferences.NODE));
		repositories = workbench.getService(RepositorySelection.class);
		getPreferenceStore().setDefault(RepositorySelection.KEY_CURRENT, RepositorySelection.defaultLocation().toString());
	}

	@Override
	protected void createFieldEditors() {
		location = new DirectoryFieldEditor(RepositorySelection.KEY_CURRENT, Messages.PreferencePage_location,
				getFieldEditorParent());
		addField(location);
		ScaleFieldEditor threshold = new ScaleFieldEditor(ComparisonPreferences.THRESHOLD, Messages.PreferencePage_threshold,
				getFieldEditorParent(), 5, 95, 5, 10);
		addField(threshold);
		addField(new BooleanFieldEditor(ComparisonPreferences.SIGNIFICANT_FACTS, Messages.PreferencePage_significantFacts,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(ComparisonPreferences.SIGNIFICANT_COMMITMENTS,
				Messages.PreferencePage_significantCommitments, getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		Path chosen = Paths.get(location.getStringValue());
		if (ok && !chosen.equals(repositories.current())) {
			repositories.open(chosen);
		}
		return ok;
	}
}
