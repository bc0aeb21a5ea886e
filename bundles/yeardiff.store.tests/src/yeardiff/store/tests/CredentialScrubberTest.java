package yeardiff.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import yeardiff.store.internal.CredentialScrubber;

class CredentialScrubberTest {

	@Test
	void urisLoseUserAndPassword() {
		assertEquals("https://example.org/reports.git", CredentialScrubber.uri("https://alice:s3cret@example.org/reports.git"));
		assertEquals("ssh://git.example.org:2222/team/reports.git",
				CredentialScrubber.uri("ssh://bob@git.example.org:2222/team/reports.git"));
		assertEquals("git://127.0.0.1:9418/reports.git", CredentialScrubber.uri("git://127.0.0.1:9418/reports.git"));
		assertEquals("origin", CredentialScrubber.uri("origin"));
	}

	@Test
	void messagesLoseTheUserInformationOfEveryUriInThem() {
		assertEquals("https://example.org/r.git: not authorized; retried https://mirror.example.org/r.git",
				CredentialScrubber.text("https://alice:s3cret@example.org/r.git: not authorized;"
						+ " retried https://alice@mirror.example.org/r.git"));
		assertEquals("git.example.org:team/reports.git: connection refused",
				CredentialScrubber.text("bob@git.example.org:team/reports.git: connection refused"));
		assertEquals("report 2019 changed here and there", CredentialScrubber.text("report 2019 changed here and there"));
		assertEquals("ssh://127.0.0.1:1/x.git: DefaultConnectFuture[/127.0.0.1:1]: Failed (ConnectException) to execute: Connection refused",
				CredentialScrubber.text("ssh://git@127.0.0.1:1/x.git: DefaultConnectFuture[git@/127.0.0.1:1]: Failed (ConnectException) to execute: Connection refused"));
		assertEquals("mail anna@example.org about it", CredentialScrubber.text("mail anna@example.org about it"));
	}
}
