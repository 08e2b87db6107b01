package org.refundbatch.sheet;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pull parsing of the XML parts of an {@code .xlsx} file. One factory for the whole program, with
 * DTDs and external entities switched off: a workbook comes from outside and must not make the
 * parser fetch files or expand entity bombs. Elements are matched by local name, so prefixed
 * ({@code x:row}) and unprefixed files read alike.
 */
final class OoxmlXml {

    private static final XMLInputFactory FACTORY = secureFactory();

    private OoxmlXml() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The value of the attribute with this local name on the current element, or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Skips the current element and everything in it; the reader is left on its end tag. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}): its {@code <t>} elements, including
     * those of rich text runs, without phonetic guides ({@code <rPh>}). The reader is on the item's
     * start tag and is left on its end tag.
     */
    static String richText(XMLStreamReader xml, StringBuilder buffer) throws XMLStreamException {
        buffer.setLength(0);
        int depth = 1;
        int phonetic = 0;
        boolean inText = false;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = xml.getLocalName();
                    if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name)) {
                        inText = phonetic == 0;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = xml.getLocalName();
                    if ("rPh".equals(name)) {
                        phonetic--;
                    } else if ("t".equals(name)) {
                        inText = false;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        buffer.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                    // comments and processing instructions carry no cell text
                }
            }
        }
        return decodeEscapes(buffer);
    }

    /**
     * Excel writes characters that XML cannot hold (control characters such as a carriage return)
     * as {@code _xHHHH_}; a literal {@code _x} is itself escaped as {@code _x005F_}.
     */
    static String decodeEscapes(CharSequence text) {
        int length = text.length();
        int start = indexOfEscape(text, 0);
        if (start < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(length);
        int copied = 0;
        while (start >= 0) {
            out.append(text, copied, start);
            out.append((char) Integer.parseInt(text.subSequence(start + 2, start + 6).toString(), 16));
            copied = start + 7;
            start = indexOfEscape(text, copied);
        }
        return out.append(text, copied, length).toString();
    }

    private static int indexOfEscape(CharSequence text, int from) {
        for (int i = from, last = text.length() - 7; i <= last; i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && isHex(text.charAt(i + 2)) && isHex(text.charAt(i + 3)) && isHex(text.charAt(i + 4))
                    && isHex(text.charAt(i + 5))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
