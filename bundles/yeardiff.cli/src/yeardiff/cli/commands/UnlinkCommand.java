package yeardiff.cli.commands;

import picocli.CommandLine.Command;

/** {@code yeardiff unlink A B}: a reviewer separates two statements the comparison paired; one commit in review/. */
@Command(name = "unlink", description = "Never pair these two statements again (a reviewer's correction; one commit). Every later diff, timeline, history and audit honours it.")
public final class UnlinkCommand extends PairingCorrectionCommand {

	@Override
	boolean link() {
		return false;
	}
}
