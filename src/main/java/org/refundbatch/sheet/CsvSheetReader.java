package org.refundbatch.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180) whose delimiter, {@code ;} or {@code ,}, is taken from the first non-empty
 * line. UTF-8 with or without a byte-order mark; a file that is not valid UTF-8 is read as
 * Windows-1252, as Excel on Windows writes it. Every cell is text. A first line {@code sep=;}, which some
 * programs write so that Excel opens the file right, names the delimiter and is no row, as in Excel.
 */
public final class CsvSheetReader implements SheetReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern SEPARATOR_LINE = Pattern.compile("\\ufeff?sep=(.)\\s*");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String fileName;
    private final SheetLimits limits;
    private final RecordLengthLimit recordLength;
    private int rows;
    /** The last line of the last record returned: the next record starts on the line after it. */
    private long lastLine;
    /** 1 when the file starts with a {@code sep=} line, which Excel does not show as a row. */
    private final int hiddenLines;

    public CsvSheetReader(Path file, String fileName) {
        this(file, fileName, SheetLimits.DEFAULTS);
    }

    public CsvSheetReader(Path file, String fileName, SheetLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
        try {
            Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String header = firstLine(file, charset, limits.csvLineLength());
            Matcher separatorLine = SEPARATOR_LINE.matcher(header);
            this.hiddenLines = separatorLine.matches() ? 1 : 0;
            char delimiter = hiddenLines == 1 ? separatorLine.group(1).charAt(0)
                    : count(header, ';') > count(header, ',') ? ';' : ',';
            if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
                throw new UnreadableSheetException(fileName + " line 1: '" + header.strip() + "' names '" + delimiter
                        + "' as the separator, which cannot separate values; make the first line 'sep=;' (or remove"
                        + " it) and drop the file again");
            }
            this.recordLength = new RecordLengthLimit(new InputStreamReader(skipBom(Files.newInputStream(file)),
                    charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), limits.csvLineLength());
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            this.parser = CSVParser.builder().setReader(recordLength).setFormat(format).get();
            this.records = parser.iterator();
            if (hiddenLines == 1 && records.hasNext()) {
                records.next();
                recordLength.startRecord();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableSheetException(fileName + ": cannot be read as a CSV file (" + e.getMessage()
                    + "); save it again as CSV and drop it again", e);
        }
    }

    @Override
    public SheetRow next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                recordLength.startRecord();
                lastLine = parser.getCurrentLineNumber();
                // Excel shows a record as one row, even when a quoted value holds a line break
                int line = (int) record.getRecordNumber() - hiddenLines;
                if (record.size() > limits.columnsPerRow()) {
                    throw SheetLimits.exceeded(fileName + " line " + line, "the row has", limits.columnsPerRow(),
                            "columns", "columns-per-row");
                }
                List<SheetCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    if (value.length() > limits.cellText()) {
                        throw SheetLimits.exceeded(fileName + " line " + line, "a value has", limits.cellText(),
                                "characters", "cell-text");
                    }
                    cells.add(SheetCell.text(value));
                }
                SheetRow row = new SheetRow(line, cells);
                if (!row.isBlank()) {
                    if (++rows > limits.rowsPerFile()) {
                        throw SheetLimits.exceeded(fileName, "the file has", limits.rowsPerFile(), "rows",
                                "rows-per-file");
                    }
                    return row;
                }
            }
            return null;
        } catch (RecordLengthLimit.Exceeded e) {
            throw SheetLimits.exceeded(fileName + " line " + (lastLine + 1), "a line (or a value whose opening quote"
                    + " \" is never closed) has", limits.csvLineLength(), "characters", "csv-line-length");
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableSheetException(fileName + " line " + (lastLine + 1)
                    + ": not a valid CSV file from this line on (" + e.getMessage() + "); look there for a value"
                    + " whose opening quote \" is not closed", e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** True when the whole file decodes as UTF-8 (a BOM is allowed). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The first line when it is a {@code sep=} line, else the first line that is not blank and holds a {@code ;}
     * or {@code ,} within the first 20 that are not blank (a title above the column names holds neither), else
     * the first line that is not blank; "" for none. At most {@code limit} characters of each line: enough to
     * tell the delimiter, whatever the length of the line.
     */
    private static String firstLine(Path file, Charset charset, int limit) throws IOException {
        try (var reader = Files.newBufferedReader(file, charset)) {
            String line = boundedLine(reader, limit);
            if (line != null && SEPARATOR_LINE.matcher(line).matches()) {
                return line;
            }
            String first = null;
            for (int nonBlank = 0; line != null && nonBlank < 20; line = boundedLine(reader, limit)) {
                if (!line.isBlank()) {
                    nonBlank++;
                    first = first == null ? line : first;
                    if (line.indexOf(';') >= 0 || line.indexOf(',') >= 0) {
                        return line;
                    }
                }
            }
            return first == null ? "" : first;
        }
    }

    /** The next line, cut after {@code limit} characters (the rest of it skipped); null at the end. */
    private static String boundedLine(Reader reader, int limit) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c != '\r' && line.length() < limit) {
                line.append((char) c);
            }
            c = reader.read();
        }
        return line.toString();
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        var buffered = new java.io.BufferedInputStream(in, 64 * 1024);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
