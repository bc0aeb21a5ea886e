package yeardiff.ui.views;

import java.nio.file.Path;

import yeardiff.store.ReportEntry;

/**
 * A report as the Reports view lists it: its entry in a repository, before its model is read.
 * Commands on the view's selection take the repository and the report id from here.
 */
public record ReportItem(Path repository, ReportEntry entry) {
}
