package yeardiff.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the user name and password of a Git remote, and whether to keep them in secure storage. */
final class CredentialsDialog extends TitleAreaDialog {

	private final String location;
	private final String suggestedUser;
	private Text userField;
	private Text passwordField;
	private Button rememberBox;
	private String user;
	private String password;
	private boolean remember;

	CredentialsDialog(Shell parent, String location, String suggestedUser) {
		super(parent);
		this.location = location;
		this.suggestedUser = suggestedUser;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(Messages.Credentials_title);
		setTitle(Messages.Credentials_title);
		setMessage(NLS.bind(Messages.Credentials_message, location));
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText(Messages.Credentials_user);
		userField = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(userField);
		if (suggestedUser != null) {
			userField.setText(suggestedUser);
		}
		new Label(fields, SWT.NONE).setText(Messages.Credentials_password);
		passwordField = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordField);
		rememberBox = new Button(fields, SWT.CHECK);
		rememberBox.setText(Messages.Credentials_remember);
		rememberBox.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberBox);
		return area;
	}

	@Override
	protected void okPressed() {
		user = userField.getText();
		password = passwordField.getText();
		remember = rememberBox.getSelection();
		super.okPressed();
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	boolean remember() {
		return remember;
	}
}
