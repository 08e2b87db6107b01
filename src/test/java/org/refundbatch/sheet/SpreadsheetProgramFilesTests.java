package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refundbatch.sheet.SheetCells.blank;
import static org.refundbatch.sheet.SheetCells.date;
import static org.refundbatch.sheet.SheetCells.error;
import static org.refundbatch.sheet.SheetCells.number;
import static org.refundbatch.sheet.SheetCells.readAll;
import static org.refundbatch.sheet.SheetCells.row;
import static org.refundbatch.sheet.SheetCells.text;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbooks saved by LibreOffice Calc 7.4 from {@code withdrawals-libreoffice*.fods} with
 * {@code save-with-libreoffice.py} (both in {@code src/test/resources/sheets}): a hidden first sheet, a
 * text student number with leading zeros and a numeric one, date cells (one with a time), amounts with
 * a number format, formulas, a blank row and a hidden row. The {@code -1904} files count dates from
 * 1904, so the same dates are stored as other numbers.
 */
class SpreadsheetProgramFilesTests {

    private static final List<SheetRow> HEADER_AND_FIRST_ROWS = List.of(
            row(1, text("Rolnummer"), text("Familienaam"), text("Voornaam"), text("Code"),
                    text("Stopzettingsdatum"), text("Bedrag betaald"), text("IBAN"), text("Referentie")),
            row(2, text("00012345"), text("Peeters"), text("Anaïs"), text("MC-DATA"), date("2026-11-03"),
                    number("1116"), text("BE68 5390 0754 7034"), text("=cmd|' /C calc'!A0")),
            row(3, number("20231234"), text("Van den Broeck"), text("Jürgen"), text("MC-AI"), date("2027-03-14"),
                    number("1116.5")),
            row(5, text("r0777"), text("Hidden"), blank(), blank(), text("3-11-2026"), text("€ 1 116,00")));

    @ParameterizedTest
    @ValueSource(strings = {"withdrawals-libreoffice.xlsx", "withdrawals-libreoffice-1904.xlsx"})
    void readsAnXlsxSavedByLibreOffice(String name) throws URISyntaxException {
        List<SheetRow> rows = readAll(SheetFiles.open(resource(name), name));

        assertThat(rows.subList(0, 4)).containsExactlyElementsOf(HEADER_AND_FIRST_ROWS);
        // Calc has no boolean cells: TRUE is stored as the number 1
        assertThat(rows.subList(4, rows.size())).containsExactly(row(6, text("00000042"), text("JANSSENS"),
                text("Els"), text("MC-DATA"), date("2026-10-31T14:30:00"), error("#N/A"), number("1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"withdrawals-libreoffice.xls", "withdrawals-libreoffice-1904.xls"})
    void readsAnXlsSavedByLibreOffice(String name) throws URISyntaxException {
        List<SheetRow> rows = readAll(SheetFiles.open(resource(name), name));

        assertThat(rows.subList(0, 4)).containsExactlyElementsOf(HEADER_AND_FIRST_ROWS);
        // converting the .fods headless, Calc 7.4 caches 0 as the result of =UPPER("janssens") in .xls (typed in
        // Calc, it caches JANSSENS): the cached value is what the file says
        assertThat(rows.subList(4, rows.size())).containsExactly(row(6, text("00000042"), number("0"),
                text("Els"), text("MC-DATA"), date("2026-10-31T14:30:00"), error("#N/A"), number("1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"withdrawals-libreoffice.xlsx", "withdrawals-libreoffice.xls"})
    void namesTheFirstVisibleSheetItReads(String name) throws Exception {
        try (SheetReader reader = SheetFiles.open(resource(name), name)) {
            assertThat(reader.sheetName()).isEqualTo("Stopzettingen");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zero-padded-student-numbers.xlsx", "zero-padded-student-numbers.xls",
            "zero-padded-student-numbers.csv"})
    void readsNumbersWithLeadingZerosAsTheFormatShowsThem(String name) throws URISyntaxException {
        // typed as numbers, their zeros kept by the column's format 0000000: the CSV file Calc saves shows them
        List<SheetRow> rows = readAll(SheetFiles.open(resource(name), name));

        assertThat(rows).extracting(row -> CellParser.text(row.cell(0)))
                .containsExactly("Rolnummer", "0123456", "20231234", "0000042");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SpreadsheetProgramFilesTests.class.getResource("/sheets/" + name).toURI());
    }
}
