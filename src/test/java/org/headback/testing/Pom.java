package org.headback.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The project's pom.xml, read as the build's one source of the version and of the packaging's settings. */
public final class Pom {
    private static final Path FILE = Path.of("pom.xml");

    private Pom() {
    }

    /** The whole pom's root element ({@code <project>}). */
    public static Element project() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(FILE.toFile()).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(FILE + " cannot be read", e);
        }
    }

    /** The project's own version, {@code <project><version>}. */
    public static String version() {
        return childText(project(), "version");
    }

    /** A property of the pom's own {@code <properties>} (not a profile's). */
    public static String property(String name) {
        return childText(children(project(), "properties").get(0), name);
    }

    /** The text of the first child element with this name, trimmed; empty if there is none. */
    public static String childText(Element parent, String name) {
        var found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

    /** The child elements of {@code parent} with this name, in order. */
    public static List<Element> children(Element parent, String name) {
        var nodes = parent.getChildNodes();
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(node -> node instanceof Element element && element.getTagName().equals(name))
                .map(Element.class::cast).toList();
    }

    /** The elements with this name anywhere below {@code parent}, in document order. */
    public static List<Element> descendants(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item).map(Element.class::cast).toList();
    }
}
