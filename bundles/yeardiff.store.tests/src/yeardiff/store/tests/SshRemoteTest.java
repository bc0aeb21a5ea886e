package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.samples.SampleLetter;
import yeardiff.store.PullOutcome;
import yeardiff.store.PushOutcome;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Team sync over {@code ssh://} against a real SSH server on 127.0.0.1 running real Git, with the
 * user's key and known hosts read from {@code ~/.ssh} as OpenSSH writes them: the product's own
 * SSH setup, under OSGi, where JGit cannot find its SSH client by itself.
 */
class SshRemoteTest {

	private static final String TITLE_2019 = "Internationale militaire samenwerking 2019"; //$NON-NLS-1$
	private static final String TITLE_2020 = "Internationale militaire samenwerking 2020"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private File previousHome;
	private Path ssh;
	private GitCli git;
	private SshGitServer server;
	private Path bare;
	private String uri;

	@BeforeEach
	void startServer() throws Exception {
		Path home = temp.resolve("home");
		ssh = Files.createDirectories(home.resolve(".ssh"));
		previousHome = FS.DETECTED.userHome();
		FS.DETECTED.setUserHome(home.toFile());
		KeyPair userKey = SshGitServer.newKeyPair();
		try (OutputStream out = Files.newOutputStream(ssh.resolve("id_ecdsa"))) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "anna@yeardiff", null, out);
		}
		git = new GitCli(temp.resolve("git-home"));
		Path base = temp.resolve("server");
		bare = base.resolve("reports.git");
		Files.createDirectories(bare);
		git.run(bare, "init", "--quiet", "--bare", "--initial-branch=main");
		server = SshGitServer.start(git, base, userKey.getPublic());
		uri = server.uri("reports.git");
	}

	@AfterEach
	void stopServer() throws Exception {
		server.close();
		FS.DETECTED.setUserHome(previousHome);
	}

	@Test
	void pushCloneAndPullOverSsh() throws Exception {
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine());
		try (ReportRepository anna = ReportRepository.init(temp.resolve("anna"))) {
			anna.addRemote("origin", uri);
			String first = anna.importReport(TestReports.yearly("2019", 2019, TITLE_2019, "De fregatten komen in 2027."),
					SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();

			assertEquals(new PushOutcome("origin", first, true, List.of("report/2019")), anna.push("origin"));
			assertEquals("Import report 2019: " + TITLE_2019 + "\nCreate Yeardiff repository\n",
					git.run(bare, "log", "--format=%s", "main"));
			assertEquals(first + "\n", git.run(bare, "rev-parse", "report/2019^{commit}"));

			Path bertDir = temp.resolve("bert");
			try (ReportRepository bert = ReportRepository.cloneFrom(uri, bertDir)) {
				assertEquals(first, bert.head());
				assertEquals(List.of("2019"), bert.list().stream().map(ReportEntry::id).toList());

				String second = anna.importReport(TestReports.yearly("2020", 2020, TITLE_2020, "Het eerste schip komt in 2028."),
						SampleLetter.REPORT_2020.bytes(), "txt", false).commitId();
				anna.push("origin");
				assertEquals(new PullOutcome("origin", first, second, PullOutcome.Result.FAST_FORWARD, List.of("2020")),
						bert.pull("origin"));
				assertEquals(List.of("2019", "2020"), bert.list().stream().map(ReportEntry::id).toList());
				git.assertStatusClean(bertDir);
				git.assertFsckClean(bertDir);
			}
		}
	}

	@Test
	void aServerWhoseHostKeyChangedIsRefusedAndNothingMoves() throws Exception {
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine(SshGitServer.newKeyPair().getPublic()));
		assertRefusedAndNothingMoves("anna-changed-key", "Server key did not validate");
	}

	@Test
	void withoutTheUsersKeyTheServerRefusesAndNothingMoves() throws Exception {
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine());
		Files.delete(ssh.resolve("id_ecdsa"));
		assertRefusedAndNothingMoves("anna-no-key", "Cannot log in at 127.0.0.1:" + server.port() + "; publickey: no keys to try");
	}

	/* a push and a pull both fail with one line naming the remote and JGit's reason, and change nothing */
	private void assertRefusedAndNothingMoves(String name, String reason) throws Exception {
		Path dir = temp.resolve(name);
		try (ReportRepository anna = ReportRepository.init(dir)) {
			anna.addRemote("origin", uri);
			String head = anna.importReport(TestReports.yearly("2019", 2019, TITLE_2019, "De fregatten komen in 2027."),
					SampleLetter.REPORT_2019.bytes(), "txt", false).commitId();

			StoreException push = assertThrows(StoreException.class, () -> anna.push("origin"));
			StoreException pull = assertThrows(StoreException.class, () -> anna.pull("origin"));

			String shown = "ssh://127.0.0.1:" + server.port() + "/reports.git";
			assertEquals("cannot reach origin: " + shown + ": " + reason, push.getMessage());
			assertEquals("cannot reach origin: " + shown + ": " + reason, pull.getMessage());
			assertEquals(head, anna.head());
			assertEquals("", git.run(bare, "for-each-ref"));
			git.assertStatusClean(dir);
			git.assertFsckClean(dir);
		}
	}
}
