package org.refundbatch.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer of elements in one default namespace, indented two spaces a level so a person can read the file. */
final class XmlOut {

    private final XMLStreamWriter xml;
    private final String namespace;
    private int depth;
    /** A line break and the indentation of each depth. */
    private final List<String> indents = new ArrayList<>();

    XmlOut(XMLStreamWriter xml, String namespace) {
        this.xml = xml;
        this.namespace = namespace;
    }

    /** Starts the document with its root element, which declares the namespace. */
    void openDocument(String root) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(namespace);
        open(root);
        xml.writeDefaultNamespace(namespace);
    }

    /** Opens an element that will hold other elements. */
    void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(namespace, name);
        depth++;
    }

    /** Closes the element last opened. */
    void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    /** Writes an element holding only text. */
    void leaf(String name, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Writes {@code <name Ccy="EUR">12.30</name>}. */
    void euro(String name, BigDecimal amount) throws XMLStreamException {
        indent();
        xml.writeStartElement(namespace, name);
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    /** Closes what is still open and ends the document; the underlying stream stays open. */
    void endDocument() throws XMLStreamException {
        while (depth > 0) {
            close();
        }
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void indent() throws XMLStreamException {
        while (indents.size() <= depth) {
            indents.add("\n" + "  ".repeat(indents.size()));
        }
        xml.writeCharacters(indents.get(depth));
    }
}
