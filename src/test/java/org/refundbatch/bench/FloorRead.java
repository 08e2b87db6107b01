package org.refundbatch.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The floor of reading a withdrawal sheet: one streaming pass with every cell decoded, and the date and
 * amount columns turned into a {@link LocalDate} and a {@link BigDecimal}, and nothing else. A CSV file
 * through commons-csv; an XLSX file as a plain StAX pass over the sheet's XML through POI's
 * {@link XSSFReader}, with its shared strings and styles (to tell date cells). Prints {@code FLOOR read <ms>}
 * ({@code -Dfloor.stage=read-feedback}: under that name, for the feedback's second reading).
 */
public final class FloorRead {

    private FloorRead() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long started = System.nanoTime();
        long[] tally = file.toString().endsWith(".xlsx") ? xlsx(file) : csv(file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("FLOOR %s %d ms (%d rows, %d cells, checksum %d)%n", System.getProperty("floor.stage", "read"), millis, tally[0], tally[1],
                tally[2]);
    }

    static long[] csv(Path file) throws Exception {
        long rows = 0;
        long cells = 0;
        long checksum = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                rows++;
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i).strip();
                    cells++;
                    if (i == 5) {
                        checksum += dayOf(value);
                    } else if (i == 6) {
                        checksum += amountOf(value).signum();
                    } else {
                        checksum += value.length();
                    }
                }
            }
        }
        return new long[] {rows, cells, checksum};
    }

    /** The day of month of an ISO or day-first date, without regular expressions; 0 when it is none. */
    private static int dayOf(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text).getDayOfMonth();
            }
            String[] parts = text.split("[/.-]");
            return parts.length == 3 ? LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[0])).getDayOfMonth() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static BigDecimal amountOf(String text) {
        String plain = text.replace("€", "").replace(" ", "");
        if (plain.indexOf(',') >= 0) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            return plain.isEmpty() ? BigDecimal.ZERO : new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static long[] xlsx(Path file) throws Exception {
        long rows = 0;
        long cells = 0;
        long checksum = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLStreamReader xml = factory.createXMLStreamReader(sheet);
                String type = null;
                int style = 0;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "row" -> rows++;
                        case "c" -> {
                            type = xml.getAttributeValue(null, "t");
                            String s = xml.getAttributeValue(null, "s");
                            style = s == null ? 0 : Integer.parseInt(s);
                            cells++;
                        }
                        case "v" -> checksum += value(xml.getElementText(), type, style, strings, styles);
                        case "t" -> checksum += xml.getElementText().length();
                        default -> {
                        }
                    }
                }
                xml.close();
            }
        }
        return new long[] {rows - 1, cells, checksum};
    }

    private static long value(String text, String type, int style, SharedStrings strings, StylesTable styles) {
        if ("s".equals(type)) {
            return strings.getItemAt(Integer.parseInt(text)).getString().length();
        }
        if (type == null || "n".equals(type)) {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
                return DateUtil.getLocalDateTime(Double.parseDouble(text)).getDayOfMonth();
            }
            return new BigDecimal(text).signum();
        }
        return text.length();
    }
}
