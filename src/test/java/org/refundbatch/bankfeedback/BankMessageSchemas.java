package org.refundbatch.bankfeedback;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The official XSD of each ISO 20022 message the tests write or read: pain.002.001.10 and pain.001.001.09 from
 * the hbci4j-core jar, pain.002.001.03 (the German banking industry's SEPA schema in the ISO namespace) and
 * camt.054.001.08 (ISO 20022, as distributed with the DFÜ agreement) from {@code src/test/resources/iso20022/},
 * whose README names where they come from.
 */
final class BankMessageSchemas {

    private static final Pattern NAMESPACE = Pattern.compile("xmlns=\"urn:iso:std:iso:20022:tech:xsd:([a-z0-9.]+)\"");
    private static final Map<String, String> RESOURCES = Map.of(
            "pain.002.001.10", "/pain.002.001.10.xsd",
            "pain.001.001.09", "/pain.001.001.09.xsd",
            "pain.002.001.03", "/iso20022/pain.002.001.03.xsd",
            "camt.054.001.08", "/iso20022/camt.054.001.08.xsd");

    private BankMessageSchemas() {
    }

    /** Validates the file against the XSD of the message its namespace names; throws if it is not valid. */
    static void validate(Path file, String xml) throws SAXException, IOException {
        Matcher m = NAMESPACE.matcher(xml);
        if (!m.find() || !RESOURCES.containsKey(m.group(1))) {
            throw new IllegalArgumentException(file + " names no message with a known schema");
        }
        URL xsd = BankMessageSchemas.class.getResource(RESOURCES.get(m.group(1)));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.newSchema(xsd).newValidator().validate(new StreamSource(file.toFile()));
    }
}
