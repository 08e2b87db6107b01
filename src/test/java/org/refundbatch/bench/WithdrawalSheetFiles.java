package org.refundbatch.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the same generated rows as a withdrawal sheet in each format asked: CSV (UTF-8, {@code ,}), XLSX,
 * streaming with POI's {@link SXSSFWorkbook}, and XLS with {@link HSSFWorkbook}; in a workbook, typed cells: ids
 * and names as text, dates as date cells, amounts as number cells. With {@code sharedStrings} the text of an
 * XLSX goes to a shared-strings table, as Excel saves it; without, it is written inline, as most programs that
 * export large sheets do. A workbook says it was created on {@code created}, so the same rows give the same bytes.
 */
final class WithdrawalSheetFiles implements Closeable {

    private final CSVPrinter csv;
    private final List<WorkbookFile> workbooks = new ArrayList<>();

    /** One workbook being written: its file, its one sheet and the styles of its typed cells. */
    private static final class WorkbookFile {
        final Path file;
        final Workbook workbook;
        final Sheet sheet;
        final CellStyle dateStyle;
        final CellStyle amountStyle;
        int rowIndex;

        WorkbookFile(Path file, Workbook workbook) {
            this.file = file;
            this.workbook = workbook;
            sheet = workbook.createSheet("Withdrawals");
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            amountStyle = workbook.createCellStyle();
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }
    }

    /** Opens a file for each path, in the format its extension names ({@code .csv}, {@code .xlsx}, {@code .xls}). */
    WithdrawalSheetFiles(List<Path> files, boolean sharedStrings, LocalDate created) throws IOException {
        CSVPrinter csvPrinter = null;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".csv")) {
                Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                csvPrinter = new CSVPrinter(writer, CSVFormat.RFC4180);
                csvPrinter.printRecord((Object[]) SheetLine.HEADER);
            } else if (name.endsWith(".xlsx")) {
                SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, sharedStrings);
                workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                        .setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
                workbooks.add(new WorkbookFile(file, workbook));
            } else if (name.endsWith(".xls")) {
                HSSFWorkbook workbook = new HSSFWorkbook();
                workbook.createInformationProperties();
                workbooks.add(new WorkbookFile(file, workbook));
            } else {
                throw new IllegalArgumentException(file + ": a sheet is .csv, .xlsx or .xls");
            }
        }
        csv = csvPrinter;
        for (WorkbookFile target : workbooks) {
            Row header = target.sheet.createRow(target.rowIndex++);
            for (int i = 0; i < SheetLine.HEADER.length; i++) {
                header.createCell(i).setCellValue(SheetLine.HEADER[i]);
            }
        }
    }

    void write(SheetLine line) throws IOException {
        if (csv != null) {
            csv.printRecord((Object[]) line.csvValues());
        }
        for (WorkbookFile target : workbooks) {
            Row row = target.sheet.createRow(target.rowIndex++);
            text(row, 0, line.studentId());
            text(row, 1, line.lastName());
            text(row, 2, line.firstName());
            text(row, 3, line.microCredential());
            text(row, 4, line.academicYear());
            if (line.date() != null) {
                Cell cell = row.createCell(5);
                cell.setCellValue(line.date());
                cell.setCellStyle(target.dateStyle);
            } else {
                text(row, 5, line.dateText());
            }
            if (line.amount() != null) {
                Cell cell = row.createCell(6);
                cell.setCellValue(line.amount().doubleValue());
                cell.setCellStyle(target.amountStyle);
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
        for (WorkbookFile target : workbooks) {
            try (OutputStream out = Files.newOutputStream(target.file)) {
                target.workbook.write(out);
            } finally {
                target.workbook.close();
            }
        }
    }
}
