package org.refundbatch.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code workbook.xml} says about an {@code .xlsx} file: the first visible worksheet in tab
 * order and the date system. Sheets whose {@code state} is {@code hidden} or {@code veryHidden} are
 * passed over, as are chart sheets.
 *
 * @param sheetName       the name on the sheet's tab
 * @param relationshipId  the {@code r:id} that leads to the sheet's part
 * @param date1904        true when the workbook counts dates from 1904 (old Mac Excel)
 */
record XlsxWorkbook(String sheetName, String relationshipId, boolean date1904) {

    /**
     * Reads the workbook part.
     *
     * @param isWorksheet tells whether a relationship id leads to a worksheet
     * @return the first visible worksheet, or null when the workbook has none
     */
    static XlsxWorkbook read(InputStream in, Predicate<String> isWorksheet) throws IOException, XMLStreamException {
        XMLStreamReader xml = OoxmlXml.open(in);
        try {
            boolean date1904 = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "sheets".equals(xml.getLocalName())) {
                    return null;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("workbookPr".equals(name)) {
                    String value = OoxmlXml.attribute(xml, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if ("sheet".equals(name)) {
                    String state = OoxmlXml.attribute(xml, "state");
                    String id = relationshipId(xml);
                    if ((state == null || "visible".equals(state)) && id != null && isWorksheet.test(id)) {
                        return new XlsxWorkbook(OoxmlXml.attribute(xml, "name"), id, date1904);
                    }
                }
            }
            return null;
        } finally {
            xml.close();
            in.close();
        }
    }

    /** The {@code r:id} attribute: local name {@code id} in the (transitional or strict) relationships namespace. */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null
                    && namespace.endsWith("/relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
