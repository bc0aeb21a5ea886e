package yeardiff.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text extraction into text. Extractions come as UTF-8 (with or without byte
 * order mark), as UTF-16 with a byte order mark (Windows' "Unicode"), or as Windows-1252 from older
 * tools; anything that decodes under none of them, or decodes into control characters, is not text
 * and must not be imported as a letter full of garbage.
 */
public final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$

	/** Binary files decode into control characters; text has at most a stray one. */
	private static final int CONTROL_CHARACTERS_PER_STRAY = 2000;

	private TextDecoder() {
	}

	/** The text the bytes hold, or empty when they are not text. */
	public static Optional<String> decode(byte[] bytes) {
		Optional<String> text;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			text = strict(bytes, 3, StandardCharsets.UTF_8);
		} else if (startsWith(bytes, 0xFF, 0xFE)) {
			text = strict(bytes, 2, StandardCharsets.UTF_16LE);
		} else if (startsWith(bytes, 0xFE, 0xFF)) {
			text = strict(bytes, 2, StandardCharsets.UTF_16BE);
		} else {
			text = strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, WINDOWS_1252));
		}
		return text.filter(TextDecoder::looksLikeText);
	}

	private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
					.toString());
		} catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	private static boolean looksLikeText(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return false;
			}
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
		}
		return controls <= text.length() / CONTROL_CHARACTERS_PER_STRAY;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
