package yeardiff.store.internal;

import java.net.URISyntaxException;
import java.util.regex.Pattern;

import org.eclipse.jgit.transport.URIish;

/**
 * Removes user names and passwords from remote URIs and from any text that may quote one (JGit's
 * exception messages do), so that no message Yeardiff prints or logs ever shows credentials.
 */
public final class CredentialScrubber {

	/* scheme://userinfo@ where userinfo is anything up to the first '@' before the host part */
	private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"); //$NON-NLS-1$

	/* scp-like ssh syntax: user@host:path */
	private static final Pattern SCP_USER = Pattern.compile("(?<![\\w/.-])[\\w.-]+@(?=[\\w.-]+:)"); //$NON-NLS-1$

	/* Apache MINA's connect errors: DefaultConnectFuture[user@/host:port] */
	private static final Pattern SOCKET_USER = Pattern.compile("(?<=[\\[\\s(])[\\w.-]+@(?=/)"); //$NON-NLS-1$

	private CredentialScrubber() {
	}

	/** The URI without user information, as the user may see it. */
	public static String uri(String uri) {
		try {
			return new URIish(uri).setUser(null).setPass(null).toString();
		} catch (URISyntaxException e) {
			return text(uri);
		}
	}

	/** The text with the user information of every URI in it removed. */
	public static String text(String text) {
		if (text == null) {
			return null;
		}
		String withoutUris = SCP_USER.matcher(USER_INFO.matcher(text).replaceAll("$1")).replaceAll(""); //$NON-NLS-1$ //$NON-NLS-2$
		return SOCKET_USER.matcher(withoutUris).replaceAll(""); //$NON-NLS-1$
	}
}
