package org.refundbatch.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the same generated rows as a withdrawal sheet in CSV (UTF-8, {@code ,}) and in XLSX, streaming
 * with POI's {@link SXSSFWorkbook} and typed cells: ids and names as text, dates as date cells, amounts as
 * number cells. With {@code sharedStrings} the text goes to a shared-strings table, as Excel saves it;
 * without, it is written inline, as most programs that export large sheets do.
 */
final class WithdrawalSheetFiles implements Closeable {

    private final CSVPrinter csv;
    private final Path xlsxFile;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle amountStyle;
    private int rowIndex;

    WithdrawalSheetFiles(Path csvFile, Path xlsxFile, boolean sharedStrings) throws IOException {
        if (csvFile != null) {
            Writer writer = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
            csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord((Object[]) SheetLine.HEADER);
        } else {
            csv = null;
        }
        this.xlsxFile = xlsxFile;
        if (xlsxFile != null) {
            workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, sharedStrings);
            sheet = workbook.createSheet("Withdrawals");
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            amountStyle = workbook.createCellStyle();
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(rowIndex++);
            for (int i = 0; i < SheetLine.HEADER.length; i++) {
                header.createCell(i).setCellValue(SheetLine.HEADER[i]);
            }
        } else {
            workbook = null;
            sheet = null;
            dateStyle = null;
            amountStyle = null;
        }
    }

    void write(SheetLine line) throws IOException {
        if (csv != null) {
            csv.printRecord((Object[]) line.csvValues());
        }
        if (workbook != null) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, line.studentId());
            text(row, 1, line.lastName());
            text(row, 2, line.firstName());
            text(row, 3, line.microCredential());
            text(row, 4, line.academicYear());
            if (line.date() != null) {
                Cell cell = row.createCell(5);
                cell.setCellValue(line.date());
                cell.setCellStyle(dateStyle);
            } else {
                text(row, 5, line.dateText());
            }
            if (line.amount() != null) {
                Cell cell = row.createCell(6);
                cell.setCellValue(line.amount().doubleValue());
                cell.setCellStyle(amountStyle);
            } else {
                text(row, 6, line.amountText());
            }
            text(row, 7, line.iban());
            text(row, 8, line.bic());
            text(row, 9, line.reference());
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        if (workbook != null) {
            try (OutputStream out = Files.newOutputStream(xlsxFile)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
    }
}
