package org.refundbatch.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads the first visible worksheet of an {@code .xlsx} workbook, one row per {@link #next()} call,
 * with a StAX pull parser straight off the zip entry: the sheet is never held in memory, only the
 * shared strings and the styles are.
 *
 * <p>Cells are read as stored: a formula by its cached value (never evaluated), a number as the
 * decimal text of the file (see {@link ExcelValues} for how float noise is removed), a number with a
 * date format as a date in the workbook's date system (1900 or 1904), a whole number with a format
 * such as {@code 0000000} as the digits it shows ({@link CellStyles}). Rows are numbered as Excel
 * shows them; rows that are absent or blank are skipped. Hidden rows are read like any other: hiding
 * tidies a sheet, it does not withdraw a withdrawal, and a row is never dropped silently.
 *
 * <p>The zip is opened through POI's {@link ZipSecureFile}, whose zip-bomb limits (minimum inflate
 * ratio, maximum entry size) stay on, and never through the in-memory fallback POI uses for damaged
 * zips: a file without a readable central directory is rejected.
 */
public final class XlsxSheetReader extends WorkbookSheetReader {

    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    private static final int LAST_COLUMN_NAME_LENGTH = SpreadsheetVersion.EXCEL2007.getLastColumnName().length();

    private final OPCPackage workbookPackage;
    private final InputStream sheetStream;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final String sheetName;
    private final StringBuilder textBuffer = new StringBuilder(64);
    private int rowNumber;
    private boolean inRow;

    public XlsxSheetReader(Path file, String fileName) {
        this(file, fileName, SheetLimits.DEFAULTS);
    }

    public XlsxSheetReader(Path file, String fileName, SheetLimits limits) {
        super(fileName, limits);
        ZipSecureFile zip = null;
        OPCPackage opened = null;
        InputStream stream = null;
        try {
            zip = ZipHelper.openZipFile(file.toFile());
            requireDeclaredSizes(zip, fileName, limits);
            opened = OPCPackage.open(new ZipFileZipEntrySource(zip));
            WorkbookParts parts = new WorkbookParts(opened);
            parts.requireSpreadsheet(fileName);
            XlsxWorkbook workbook = XlsxWorkbook.read(parts.getWorkbookData(), parts::isWorksheet);
            if (workbook == null) {
                throw noVisibleWorksheet(fileName);
            }
            InputStream sharedStrings = parts.sharedStrings();
            this.strings = SharedStrings.read(sharedStrings == null ? null
                    : PartSizeLimit.of(sharedStrings, fileName, "sharedStrings.xml", limits), fileName, limits);
            this.styles = CellStyles.of(parts.getStylesTable());
            this.date1904 = workbook.date1904();
            this.sheetName = workbook.sheetName();
            stream = PartSizeLimit.of(parts.getSheet(workbook.relationshipId()), fileName, "the worksheet", limits);
            this.xml = OoxmlXml.open(stream);
            this.sheetStream = stream;
            this.workbookPackage = opened;
        } catch (UnreadableSheetException e) {
            release(stream, opened, zip);
            throw e;
        } catch (Exception e) {
            release(stream, opened, zip);
            String problem = SheetProblems.describe(e).replace(file.toAbsolutePath().toString(), fileName);
            throw new UnreadableSheetException(fileName + ": " + problem, e);
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    SheetRow readNext() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                SheetRow row = readRow();
                if (row != null) {
                    return row;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                break;
            }
        }
        return end(null);
    }

    @Override
    String position() {
        return inRow ? " row " + rowNumber : rowNumber == 0 ? "" : " after row " + rowNumber;
    }

    /** Reads the row the parser is on; null when it holds nothing but blanks. */
    private SheetRow readRow() throws XMLStreamException {
        String r = OoxmlXml.attribute(xml, "r");
        int number = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
        if (number <= rowNumber) {
            throw new IllegalStateException("row number " + number + " comes again after row " + rowNumber
                    + " (a workbook holds each row once: the file was not written by a spreadsheet program"
                    + " or is damaged)");
        }
        countRow();
        rowNumber = number;
        inRow = true;
        int column = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    column = readCell(column);
                } else {
                    OoxmlXml.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                inRow = false;
                return cells.finish(rowNumber);
            }
        }
    }

    /** Reads the cell the parser is on into its column; returns that column (0-based). */
    private int readCell(int previousColumn) throws XMLStreamException {
        String reference = null;
        String type = null;
        String style = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if (name.length() == 1) { // by char: the parser hands out new strings, a string switch would hash each
                switch (name.charAt(0)) {
                    case 'r' -> reference = xml.getAttributeValue(i);
                    case 't' -> type = xml.getAttributeValue(i);
                    case 's' -> style = xml.getAttributeValue(i);
                    default -> {
                        // no other one-letter attribute
                    }
                }
            }
        }
        int column = reference == null ? previousColumn + 1 : column(reference);
        requireColumns(rowNumber, column + 1);
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("is".equals(name)) {
                    inline = OoxmlXml.richText(xml, textBuffer);
                } else {
                    OoxmlXml.skipElement(xml); // <f>: the formula itself is never looked at
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if ((value != null && value.length() > limits.cellText())
                || (inline != null && inline.length() > limits.cellText())) {
            throw SheetLimits.exceeded(fileName + " row " + rowNumber, "a cell has", limits.cellText(), "characters",
                    "cell-text");
        }
        cells.put(column, cell(type, style, value, inline));
        return column;
    }

    private SheetCell cell(String type, String style, String value, String inline) {
        if (type == null || "n".equals(type)) {
            if (value == null || value.isBlank()) {
                return SheetCell.BLANK;
            }
            int index = styleIndex(style);
            return styles.isDate(index) ? ExcelValues.date(value, date1904)
                    : ExcelValues.padded(ExcelValues.number(value), styles.zeroPaddedWidth(index));
        }
        return switch (type) {
            case "s" -> value == null ? SheetCell.BLANK : SheetCell.text(strings.get(Integer.parseInt(value.strip())));
            case "inlineStr" -> SheetCell.text(inline != null ? inline : value);
            case "b" -> value == null ? SheetCell.BLANK
                    : new SheetCell(SheetCell.Kind.BOOLEAN, "1".equals(value.strip()) || "true".equals(value.strip())
                            ? "TRUE" : "FALSE");
            case "e" -> value == null ? SheetCell.BLANK : new SheetCell(SheetCell.Kind.ERROR, value.strip());
            case "d" -> value == null ? SheetCell.BLANK : ExcelValues.isoDate(value);
            default -> SheetCell.text(value == null ? null : OoxmlXml.decodeEscapes(value)); // "str": a formula's text
        };
    }

    private static int styleIndex(String style) {
        try {
            return style == null ? -1 : Integer.parseInt(style);
        } catch (NumberFormatException e) {
            return -1; // no style the workbook has
        }
    }

    /**
     * The 0-based column of a cell reference such as {@code B7} or {@code ab12}: its letters (A to Z in either case),
     * at most those of the last column Excel has, {@code XFD}.
     */
    private static int column(String reference) {
        int letters = 0;
        while (letters < reference.length() && letters <= LAST_COLUMN_NAME_LENGTH
                && isLetter(reference.charAt(letters))) {
            letters++;
        }
        int column = letters == 0 || letters > LAST_COLUMN_NAME_LENGTH ? -1
                : CellReference.convertColStringToIndex(reference.substring(0, letters));
        if (column < 0 || column > LAST_COLUMN) {
            throw new IllegalArgumentException("'" + reference + "' is not a cell reference");
        }
        return column;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Rejects a workbook whose zip declares a part larger than {@code refund.limits.part-size} before anything
     * is inflated; a part that declares less and inflates to more is stopped while streamed
     * ({@link PartSizeLimit}), and POI's inflate-ratio check stays on.
     */
    private static void requireDeclaredSizes(ZipSecureFile zip, String fileName, SheetLimits limits) {
        var entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            var entry = entries.nextElement();
            if (entry.getSize() > limits.partSize().toBytes()) {
                throw SheetLimits.exceeded(fileName, "the part " + entry.getName() + " unpacks to",
                        limits.partSize().toBytes(), "bytes", "part-size");
            }
        }
    }

    @Override
    void closeFile() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        }
        release(sheetStream, workbookPackage, null);
    }

    private static void release(InputStream stream, OPCPackage opened, ZipSecureFile zip) {
        IOUtils.closeQuietly(stream);
        if (opened != null) {
            opened.revert();
        }
        IOUtils.closeQuietly(zip);
    }

    /** The parts of the package, and what the relationships of the workbook part lead to. */
    private static final class WorkbookParts extends XSSFReader {

        WorkbookParts(OPCPackage workbookPackage) throws IOException, OpenXML4JException {
            super(workbookPackage);
        }

        void requireSpreadsheet(String fileName) {
            String problem = SheetProblems.contentProblem(workbookPart.getContentType());
            if (problem != null) {
                throw new UnreadableSheetException(fileName + ": " + problem);
            }
        }

        /** The shared strings part, or null when the workbook has none (no text cells, or inline text only). */
        InputStream sharedStrings() throws IOException, InvalidFormatException {
            boolean present = !workbookPart.getRelationshipsByType(XSSFRelation.SHARED_STRINGS.getRelation()).isEmpty();
            return present ? getSharedStringsData() : null;
        }

        boolean isWorksheet(String relationshipId) {
            PackageRelationship relationship = workbookPart.getRelationship(relationshipId);
            return relationship != null && relationship.getRelationshipType().endsWith("/worksheet");
        }
    }
}
