package yeardiff.cli.commands;

import picocli.CommandLine.Command;

/** {@code yeardiff link A B}: a reviewer pairs two statements the comparison did not; one commit in review/. */
@Command(name = "link", description = "Pair two statements of two reports that speak of the same subject (a reviewer's correction; one commit). Every later diff, timeline, history and audit honours it.")
public final class LinkCommand extends PairingCorrectionCommand {

	@Override
	boolean link() {
		return true;
	}
}
