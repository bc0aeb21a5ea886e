package yeardiff.draft.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The draft workbench's user-visible strings (messages.properties, with a Dutch translation beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "yeardiff.draft.ui.internal.messages"; //$NON-NLS-1$

	public static String DraftEditorInput_name;
	public static String DraftEditorInput_tooltip;
	public static String DraftEditor_wrongInput;
	public static String DraftEditor_loadFailed;
	public static String DraftEditor_header;
	public static String DraftEditor_columnStatement;
	public static String DraftEditor_columnFacts;
	public static String DraftEditor_columnCommitment;
	public static String DraftEditor_addStatement;
	public static String DraftEditor_addSection;
	public static String DraftEditor_delete;
	public static String DraftEditor_moveUp;
	public static String DraftEditor_moveDown;
	public static String DraftEditor_undo;
	public static String DraftEditor_redo;
	public static String DraftEditor_newStatementTitle;
	public static String DraftEditor_newStatementPrompt;
	public static String DraftEditor_newSectionTitle;
	public static String DraftEditor_newSectionPrompt;
	public static String DraftEditor_emptyText;
	public static String DraftEditor_deleteSectionTitle;
	public static String DraftEditor_deleteSection;
	public static String DraftEditor_checking;
	public static String DraftEditor_checkFailed;
	public static String DraftEditor_findings;
	public static String DraftEditor_saving;
	public static String DraftEditor_saveFailed;
	public static String DraftEditor_saved;
	public static String DraftEditor_autosaveFailed;
	public static String DraftEditor_restoreOffer;
	public static String DraftEditor_restore;
	public static String DraftEditor_discard;
	public static String DraftEditor_closeTitle;
	public static String DraftEditor_closeQuestion;
	public static String DraftEditor_commitMessageTitle;
	public static String DraftEditor_commitMessagePrompt;
	public static String DraftEditor_due;
	public static String DraftEditor_commitmentNoDue;
	public static String DraftProblemsView_noEditor;
	public static String DraftProblemsView_count;
	public static String DraftProblemsView_columnKind;
	public static String DraftProblemsView_columnStatement;
	public static String DraftProblemsView_columnReason;
	public static String Finding_pastFuture;
	public static String Finding_unchangedFact;
	public static String Finding_dueCommitment;
	public static String Finding_auditFlagged;
	public static String NewDraftHandler_title;
	public static String NewDraftHandler_prompt;
	public static String NewDraftHandler_invalidYear;
	public static String NewDraftHandler_job;
	public static String NewDraftHandler_failed;
	public static String OpenDraftHandler_title;
	public static String OpenDraftHandler_prompt;
	public static String OpenDraftHandler_job;
	public static String OpenDraftHandler_none;
	public static String OpenDraftHandler_failed;
	public static String OpenDraftHandler_openFailed;
	public static String ExportDraftHandler_dialog;
	public static String ExportDraftHandler_text;
	public static String ExportDraftHandler_html;
	public static String ExportDraftHandler_failed;
	public static String ExportDraftHandler_done;
	public static String DraftEditor_noHeading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
