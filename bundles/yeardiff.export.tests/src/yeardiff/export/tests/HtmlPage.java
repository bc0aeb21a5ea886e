package yeardiff.export.tests;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A rendered page read back as XML. The page is written as polyglot HTML, so an XML parser reads
 * it: a text that escaped unescaped would make it fail, and the tests can ask for elements instead
 * of searching the markup for strings.
 */
final class HtmlPage {

	private final Document document;

	HtmlPage(String html) throws ParserConfigurationException, SAXException, IOException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
		document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
	}

	List<Element> all(String xpath) {
		return elements((NodeList) evaluate(xpath, document, XPathConstants.NODESET));
	}

	static List<Element> all(Element context, String xpath) {
		return elements((NodeList) evaluate(xpath, context, XPathConstants.NODESET));
	}

	String text(String xpath) {
		return (String) evaluate(xpath, document, XPathConstants.STRING);
	}

	/* The expressions are the tests' own constants: a bad one is a bug in the test, not a failure. */
	private static Object evaluate(String xpath, Node context, QName type) {
		try {
			return XPathFactory.newInstance().newXPath().evaluate(xpath, context, type);
		} catch (XPathExpressionException e) {
			throw new IllegalArgumentException(xpath, e);
		}
	}

	/** The text of a statement cell without its page and id line. */
	static String statementText(Element cell) {
		StringBuilder text = new StringBuilder();
		for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element && element.getTagName().equals("div"))) { //$NON-NLS-1$
				text.append(child.getTextContent());
			}
		}
		return text.toString();
	}

	private static List<Element> elements(NodeList nodes) {
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}
}
