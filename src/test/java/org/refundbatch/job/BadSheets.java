package org.refundbatch.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Withdrawal sheets damaged part-way, built in the test from real files: a CSV whose quote opens and never
 * closes, a workbook written by POI and then cut or altered byte by byte, a shared-strings bomb, rows wider and
 * longer than any limit. Every data row before the damage is a valid withdrawal (MC-DATA, 2026-2027), so a file
 * that were not rejected whole would show in the refunds.
 */
final class BadSheets {

    static final String HEADER = "student_id,last_name,first_name,micro_credential,academic_year,withdrawal_date,"
            + "amount_paid,iban,bic,reference";

    private BadSheets() {
    }

    /** A valid data row; {@code n} makes its student number (and so its key) unique. */
    static String row(int n) {
        return String.format("%07d,Peeters,Anna,MC-DATA,2026-2027,2026-10-15,,BE68539007547034,,Z-%d", 3_000_000 + n, n);
    }

    /** A CSV of {@code lines} lines, header included, in which line {@code bad} is {@code badLine}. */
    static void csv(Path file, int lines, int bad, String badLine) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int line = 2; line <= lines; line++) {
                out.write(line == bad ? badLine : row(line));
                out.write("\n");
            }
        }
    }

    /** A CSV whose line {@code bad} opens a quote that no later line closes. */
    static void csvWithOpenQuote(Path file, int lines, int bad) throws IOException {
        csv(file, lines, bad, String.format("%07d,\"Peeters,Anna,MC-DATA,2026-2027,2026-10-15,,,,Z", 3_000_000 + bad));
    }

    /** An .xlsx of a header and {@code rows} data rows, as POI writes it. */
    static byte[] xlsx(int rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            fill(workbook, rows, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An .xls of a header and {@code rows} data rows, the student numbers as number cells. */
    static byte[] xls(int rows) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            fill(workbook, rows, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Workbook workbook, int rows, boolean numericIds) {
        Sheet sheet = workbook.createSheet("withdrawals");
        String[] header = HEADER.split(",");
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            top.createCell(c).setCellValue(header[c]);
        }
        for (int r = 1; r <= rows; r++) {
            String[] values = row(r + 1).split(",", -1);
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.length; c++) {
                if (c == 0 && numericIds) {
                    row.createCell(c).setCellValue(Double.parseDouble(values[c]));
                } else if (!values[c].isEmpty()) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
        }
    }

    /** The workbook with its worksheet cut after the second {@code </row>} (row 2), mid-way into row 3. */
    static byte[] xlsxCutAfterRow2(byte[] xlsx) throws IOException {
        return rewrite(xlsx, "xl/worksheets/sheet1.xml", (xml, out) -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            int end = text.indexOf("</row>", text.indexOf("</row>") + 1) + "</row>".length();
            out.write((text.substring(0, end) + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1").getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The workbook with its row 5 numbered 3 again. */
    static byte[] xlsxWithRepeatedRowNumber(byte[] xlsx) throws IOException {
        return rewrite(xlsx, "xl/worksheets/sheet1.xml", (xml, out) -> out.write(new String(xml, StandardCharsets.UTF_8)
                .replace("<row r=\"5\"", "<row r=\"3\"").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The workbook with {@code megabytes} MB of distinct random strings added to its shared strings: a zip of a
     * few MB that unpacks to far more than the limit.
     */
    static byte[] xlsxWithSharedStringsBomb(byte[] xlsx, int megabytes) throws IOException {
        return rewrite(xlsx, "xl/sharedStrings.xml", (xml, out) -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            out.write(text.substring(0, text.lastIndexOf("</sst>")).getBytes(StandardCharsets.UTF_8));
            Random random = new Random(11);
            byte[] item = "<si><t>SSSSSSSSSSSSSSSSSSSSSSSS</t></si>".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < megabytes * 1024L * 1024; written += item.length) {
                for (int i = 7; i < 31; i++) {
                    item[i] = (byte) ('a' + random.nextInt(26));
                }
                out.write(item);
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The .xls with the bytes of row 4 on overwritten: its first cell record (a number, row index 3) is lost. */
    static byte[] xlsDamagedAfterRow3(byte[] xls) {
        byte[] numberInRow3 = {0x03, 0x02, 0x0E, 0x00, 0x03, 0x00, 0x00, 0x00};
        int at = indexOf(xls, numberInRow3);
        if (at < 0) {
            throw new IllegalStateException("row 4's first cell not found in the workbook");
        }
        byte[] damaged = xls.clone();
        for (int i = at; i < at + 64; i++) {
            damaged[i] = (byte) 0xFF;
        }
        return damaged;
    }

    /** Makes a file look as if it was last modified an hour ago: settled. */
    static void settled(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private interface PartRewrite {
        void write(byte[] part, OutputStream out) throws IOException;
    }

    private static byte[] rewrite(byte[] zip, String partName, PartRewrite rewrite) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = readAll(in);
                if (entry.getName().equals(partName)) {
                    rewrite.write(part, out);
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
