package yeardiff.store.internal;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/**
 * Says in a user's words why a stored model cannot be read, instead of in the XML parser's ("XML
 * document structures must start and end within the same entity"): what is wrong with the file,
 * where, and what probably happened to it.
 */
public final class XmlProblem {

	private XmlProblem() {
	}

	/** Why {@code path} cannot be read, from the exception reading it threw. */
	public static String describe(String path, Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			if (cause instanceof SAXParseException parse) {
				String message = String.valueOf(parse.getMessage());
				if (message.contains("DOCTYPE")) { //$NON-NLS-1$
					return Messages.bind(Messages.xmlDoctype, path);
				}
				return Messages.bind(Messages.xmlDamaged, path, where(parse.getLineNumber(), parse.getColumnNumber()));
			}
			if (type.equals("PackageNotFoundException") || type.equals("ClassNotFoundException") //$NON-NLS-1$ //$NON-NLS-2$
					|| type.equals("FeatureNotFoundException") || type.equals("IllegalValueException")) { //$NON-NLS-1$ //$NON-NLS-2$
				int line = cause instanceof Resource.Diagnostic diagnostic ? diagnostic.getLine() : -1;
				int column = cause instanceof Resource.Diagnostic diagnostic ? diagnostic.getColumn() : -1;
				return Messages.bind(Messages.xmlUnknown, path, where(line, column));
			}
		}
		if (String.valueOf(e.getMessage()).startsWith("not a ")) { //$NON-NLS-1$
			return Messages.bind(Messages.xmlNotReport, path);
		}
		return Messages.bind(Messages.xmlDamaged, path, where(-1, -1));
	}

	private static String where(int line, int column) {
		if (line <= 0) {
			return ""; //$NON-NLS-1$
		}
		return column > 0 ? Messages.bind(Messages.xmlLineColumn, Integer.valueOf(line), Integer.valueOf(column))
				: Messages.bind(Messages.xmlLine, Integer.valueOf(line));
	}
}
