package org.refundbatch.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refundbatch.payout.StreamingWorkbook;

/**
 * The floor of writing a run's files: plain streaming writes of outputs of the same size, from values
 * made up on the fly. The three CSV files (refunds, credit records, rejects) as plain lines; a workbook of
 * the same rows and columns through {@link SXSSFWorkbook}, amounts as number cells; and a StAX-written XML
 * file with one {@code CdtTrfTxInf}-like element per payable refund; and a feedback workbook of the sheet's rows
 * (at most {@code -Dfloor.feedback-rows}, 100,000, as many as the job lists). Prints {@code FLOOR csv-out},
 * {@code FLOOR xlsx-out}, {@code FLOOR xml-out} and {@code FLOOR feedback-out}.
 *
 * <p>Arguments: dir refunds creditRecords rejects payable [stages, default csv,xlsx,xml; feedback too]
 */
public final class FloorOutputs {

    private static final int EXCEL_LAST_ROW = 1_048_575;

    private FloorOutputs() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int refunds = Integer.parseInt(args[1]);
        int credits = Integer.parseInt(args[2]);
        int rejects = Integer.parseInt(args[3]);
        int payable = Integer.parseInt(args[4]);
        List<String> stages = List.of((args.length > 5 ? args[5] : "csv,xlsx,xml").split(","));
        if (stages.contains("csv")) {
            long started = System.nanoTime();
            csv(dir.resolve("refunds.csv"), refunds, 17);
            csv(dir.resolve("credit-records.csv"), credits, 11);
            csv(dir.resolve("rejected.csv"), rejects, 15);
            System.out.printf("FLOOR csv-out %d ms (%d + %d + %d rows)%n", (System.nanoTime() - started) / 1_000_000,
                    refunds, credits, rejects);
        }
        if (stages.contains("xlsx")) {
            long started = System.nanoTime();
            workbook(dir.resolve("report.xlsx"), refunds, credits, rejects);
            System.out.printf("FLOOR xlsx-out%s %d ms%n", Integer.getInteger("floor.deflate") == null ? ""
                    : "-level" + Integer.getInteger("floor.deflate"), (System.nanoTime() - started) / 1_000_000);
        }
        if (stages.contains("feedback")) {
            long started = System.nanoTime();
            int listed = Math.min(refunds + rejects, Integer.getInteger("floor.feedback-rows", 100_000));
            feedback(dir.resolve("feedback.xlsx"), listed);
            System.out.printf("FLOOR feedback-out %d ms (%d rows)%n", (System.nanoTime() - started) / 1_000_000,
                    listed);
        }
        if (stages.contains("xml")) {
            long started = System.nanoTime();
            xml(dir.resolve("reimbursements.xml"), payable);
            System.out.printf("FLOOR xml-out %d ms (%d transactions)%n", (System.nanoTime() - started) / 1_000_000,
                    payable);
        }
    }

    /** A made-up value of an output cell: ids, names, dates and amounts of realistic lengths. */
    private static String value(int row, int column) {
        return switch (column % 6) {
            case 0 -> "R20270831-001-" + padded(row + 1, 7);
            case 1 -> "Van den Broeck";
            case 2 -> "2026-11-03";
            case 3 -> "SECOND_SEMESTER_TUITION";
            case 4 -> "BE68539007547034";
            default -> padded(row * 7L, 8);
        };
    }

    /** Zero-padded digits, without {@code String.format}, which would cost more than the writing measured. */
    static String padded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String amount(int row) {
        return BigDecimal.valueOf(row % 99_999 + 1, 2).toPlainString();
    }

    private static void csv(Path file, int rows, int columns) throws Exception {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder(256);
            for (int row = 0; row <= rows; row++) {
                line.setLength(0);
                for (int c = 0; c < columns; c++) {
                    line.append(c == 0 ? "" : ",").append(c % 4 == 3 ? amount(row) : value(row, c));
                }
                out.append(line).append("\r\n");
            }
        }
    }

    private static void workbook(Path file, int refunds, int credits, int rejects) throws Exception {
        // POI's defaults; -Dfloor.deflate=1 writes it at the level the job's workbook uses
        Integer level = Integer.getInteger("floor.deflate");
        SXSSFWorkbook workbook = level == null ? new SXSSFWorkbook(100) : new StreamingWorkbook(100, level, level);
        workbook.setCompressTempFiles(true);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Row summary = workbook.createSheet("Summary").createRow(0);
            summary.createCell(0).setCellValue("refunds");
            summary.createCell(1).setCellValue(refunds);
            sheet(workbook, "Refunds", refunds, 17);
            sheet(workbook, "Credit records", credits, 11);
            sheet(workbook, "Rejected", rejects, 15);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** A table of rows; past Excel's 1,048,576 rows a sheet, it goes on in a next sheet, as a workbook must. */
    private static void sheet(SXSSFWorkbook workbook, String name, int rows, int columns) {
        SXSSFSheet sheet = null;
        int r = 0;
        for (int row = 0; row <= rows; row++) {
            if (sheet == null || r > EXCEL_LAST_ROW) {
                sheet = workbook.createSheet(sheet == null ? name : name + " " + (workbook.getNumberOfSheets()));
                r = 0;
            }
            Row cells = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                if (row > 0 && c % 4 == 3) {
                    cells.createCell(c).setCellValue((row % 99_999 + 1) / 100.0);
                } else {
                    cells.createCell(c).setCellValue(value(row, c));
                }
            }
        }
    }

    /**
     * The feedback workbook of the sheet: its rows (as many as the job lists) with the staff's ten columns and the
     * seven of the outcome, deflated as the job deflates it (temporary files fast, the file at the default level).
     */
    private static void feedback(Path file, int rows) throws Exception {
        SXSSFWorkbook workbook = new StreamingWorkbook(200, Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Row summary = workbook.createSheet("Summary").createRow(0);
            summary.createCell(0).setCellValue("rows");
            summary.createCell(1).setCellValue(rows);
            sheet(workbook, "Rows", rows, 17);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void xml(Path file, int transactions) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("PmtInf");
            for (int i = 0; i < transactions; i++) {
                xml.writeStartElement("CdtTrfTxInf");
                element(xml, "PmtId", "EndToEndId", value(i, 0));
                xml.writeStartElement("Amt");
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "EUR");
                xml.writeCharacters(amount(i));
                xml.writeEndElement();
                xml.writeEndElement();
                element(xml, "Cdtr", "Nm", "Olivia Van den Broeck");
                xml.writeStartElement("CdtrAcct");
                element(xml, "Id", "IBAN", value(i, 4));
                xml.writeEndElement();
                element(xml, "RmtInf", "Ustrd", "Refund MC-DATASC1 2026-2027 " + value(i, 0));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }

    private static void element(XMLStreamWriter xml, String outer, String inner, String text) throws Exception {
        xml.writeStartElement(outer);
        xml.writeStartElement(inner);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
