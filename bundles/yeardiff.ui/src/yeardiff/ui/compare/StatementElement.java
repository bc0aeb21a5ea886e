package yeardiff.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.swt.graphics.Image;

/**
 * One side of a statement pair as the Compare framework sees it: a named piece of text. Its type
 * ({@value #TYPE}) tells the compare editor to show it in a {@link PairsViewer}.
 */
final class StatementElement implements ITypedElement, IEncodedStreamContentAccessor {

	static final String TYPE = "yeardiff-statement"; //$NON-NLS-1$

	private final String name;
	private final String text;

	StatementElement(String name, String text) {
		this.name = name;
		this.text = text;
	}

	String text() {
		return text;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String getCharset() {
		return StandardCharsets.UTF_8.name();
	}
}
