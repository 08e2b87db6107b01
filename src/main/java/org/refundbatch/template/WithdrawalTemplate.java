package org.refundbatch.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.refundbatch.ledger.Column;
import org.refundbatch.payout.SpreadsheetText;
import org.refundbatch.policy.MicroCredential;

/**
 * A blank withdrawal sheet made from the catalogue: the column names in row 1, Dutch with the English name in
 * brackets (both are read, DESIGN §2.1), a drop-down of the micro-credential codes of the open academic years, date
 * and amount checks, and an instructions sheet after the data sheet.
 */
public final class WithdrawalTemplate {

    public static final String DATA_SHEET = "Stopzettingen";
    public static final String INSTRUCTIONS_SHEET = "Instructies";
    /** The rows the drop-down and the checks cover, under the header. */
    public static final int ROWS = 2000;

    private static final String CODES_FIRST_ROW = "13";

    /** The header of a column: {@code Rolnummer (student_id)}. */
    public static String header(Column column) {
        return column.dutch() + " (" + column.header() + ")";
    }

    /** Writes the template for these micro-credentials, in the order given, dated {@code today}. */
    public void write(List<MicroCredential> open, LocalDate today, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var properties = workbook.getProperties().getCoreProperties();
            properties.setCreated(Optional.of(Date.from(today.atStartOfDay().toInstant(ZoneOffset.UTC))));
            properties.setCreator("refund-batch");
            properties.setTitle("Withdrawal sheet");
            Sheet data = workbook.createSheet(DATA_SHEET);
            Sheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
            writeHeader(workbook, data);
            writeValidations(data, open.size());
            writeInstructions(workbook, instructions, open);
            workbook.write(out);
        }
    }

    private static void writeHeader(XSSFWorkbook workbook, Sheet data) {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        Row row = data.createRow(0);
        for (Column column : Column.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(header(column));
            cell.setCellStyle(header);
            data.setColumnWidth(column.ordinal(), 22 * 256);
            // a student number keeps its leading zeros as text; dates and amounts show as staff type them
            data.setDefaultColumnStyle(column.ordinal(), switch (column) {
                case WITHDRAWAL_DATE -> date;
                case AMOUNT_PAID -> amount;
                default -> text;
            });
        }
        data.createFreezePane(0, 1);
    }

    private static void writeValidations(Sheet data, int codes) {
        DataValidationHelper helper = data.getDataValidationHelper();
        if (codes > 0) {
            int last = Integer.parseInt(CODES_FIRST_ROW) + codes - 1;
            add(data, helper.createFormulaListConstraint("'" + INSTRUCTIONS_SHEET + "'!$A$" + CODES_FIRST_ROW
                    + ":$A$" + last), Column.MICRO_CREDENTIAL, "Choose a micro-credential code from the list"
                    + " (see the sheet " + INSTRUCTIONS_SHEET + ").");
        }
        add(data, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
                "DATE(2099,12,31)", "dd/mm/yyyy"), Column.WITHDRAWAL_DATE, "Type a date, day first: 03/11/2026.");
        add(data, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                Column.AMOUNT_PAID, "An amount in euro, 0 or more; leave it empty when the whole fee was paid.");
    }

    /** A check on the column's cells under the header, its boxes titled with the column's Dutch name. */
    private static void add(Sheet data, DataValidationConstraint constraint, Column column, String message) {
        DataValidation validation = data.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.dutch(), message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(column.dutch(), message);
        data.addValidationData(validation);
    }

    private static void writeInstructions(XSSFWorkbook workbook, Sheet sheet, List<MicroCredential> open) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        String[] lines = {
            "How to fill in this sheet / Hoe vul je dit blad in",
            "1. One row per student who stops, on the sheet " + DATA_SHEET + ", from row 2. Keep row 1 as it is.",
            "2. Required: Rolnummer, Familienaam, Voornaam, Code, Datum stopzetting. The others may stay empty.",
            "3. Code: choose from the list (the micro-credentials of the open academic years, below).",
            "4. Academiejaar: 2026-2027; empty means the academic year of the withdrawal date.",
            "5. Datum stopzetting: a date, day first (03/11/2026). Bedrag betaald: in euro; empty = fully paid.",
            "6. Rekeningnummer: the student's IBAN, needed to pay a refund (BE68 5390 0754 7034).",
            "7. Check the sheet before the night: java -jar refund-batch.jar --check=<this file>.",
            "8. Save as Excel (.xlsx) and drop it in the inbox. The next morning your feedback workbook says what became"
                    + " of each row.",
        };
        for (int i = 0; i < lines.length; i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            if (i == 0) {
                cell.setCellStyle(bold);
            }
        }
        Row header = sheet.createRow(Integer.parseInt(CODES_FIRST_ROW) - 2);
        String[] names = {"Code", "Micro-credential", "Academiejaar", "Inschrijvingsgeld / fee"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
            header.getCell(i).setCellStyle(bold);
        }
        CellStyle amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        int r = Integer.parseInt(CODES_FIRST_ROW) - 1;
        for (MicroCredential credential : open) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(credential.code());
            row.createCell(1).setCellValue(SpreadsheetText.neutralise(credential.name()));
            row.createCell(2).setCellValue(credential.year().toString());
            Cell fee = row.createCell(3);
            BigDecimal registrationFee = credential.registrationFee();
            fee.setCellValue(registrationFee.doubleValue());
            fee.setCellStyle(amount);
        }
    }
}
