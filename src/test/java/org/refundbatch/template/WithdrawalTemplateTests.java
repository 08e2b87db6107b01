package org.refundbatch.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.intake.HeaderSearch;
import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetReader;

class WithdrawalTemplateTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;

    private Path template() throws Exception {
        Path file = folder.resolve("stopzettingen.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WithdrawalTemplate().write(TemplateCommand.openYears(new CatalogLoader().load(
                    Path.of("input-samples/catalog.csv")), TODAY), TODAY, out);
        }
        return file;
    }

    @Test
    void namesEveryColumnInRowOneInDutchAndEnglishAsTheNightReadsThem() throws Exception {
        try (SheetReader reader = SheetFiles.open(template(), "stopzettingen.xlsx")) {
            assertThat(reader.sheetName()).isEqualTo("Stopzettingen");
            HeaderSearch.Header header = HeaderSearch.find(reader, "stopzettingen.xlsx");

            assertThat(header.row().number()).isEqualTo(1);
            for (Column column : Column.values()) {
                assertThat(header.mapping().position(column)).as(column.header()).isEqualTo(column.ordinal());
            }
            assertThat(header.row().cell(0).value()).isEqualTo("Rolnummer (student_id)");
            assertThat(header.row().cell(5).value()).isEqualTo("Datum stopzetting (withdrawal_date)");
            assertThat(header.mapping().unreadColumns()).isEmpty();
        }
    }

    @Test
    void offersTheCodesOfTheOpenAcademicYearsInADropDown() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(template()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Stopzettingen");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instructies");
            Sheet data = workbook.getSheetAt(0);
            DataValidation codes = validation(data, Column.MICRO_CREDENTIAL);
            assertThat(codes.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(codes.getValidationConstraint().getFormula1()).isEqualTo("'Instructies'!$A$13:$A$18");
            Sheet instructions = workbook.getSheetAt(1);
            List<String> listed = new ArrayList<>();
            for (int r = 12; r <= 17; r++) {
                listed.add(instructions.getRow(r).getCell(0).getStringCellValue() + " "
                        + instructions.getRow(r).getCell(2).getStringCellValue() + " "
                        + instructions.getRow(r).getCell(3).getNumericCellValue());
            }
            assertThat(listed).containsExactly("MC-DATA 2026-2027 495.0", "MC-DUTCH 2026-2027 82.51",
                    "MC-ETHICS 2026-2027 384.6", "MC-HEALTH 2026-2027 517.5", "MC-PRIVACY 2026-2027 400.0",
                    "MC-SUSTAIN 2026-2027 426.0");
            assertThat(instructions.getRow(18)).isNull();
        }
    }

    @Test
    void checksDatesAndAmountsAsTheyAreTyped() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(template()))) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(validation(data, Column.WITHDRAWAL_DATE).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
            DataValidation amount = validation(data, Column.AMOUNT_PAID);
            assertThat(amount.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(amount.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(amount.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("G2:G2001");
        }
    }

    private static DataValidation validation(Sheet data, Column column) {
        return data.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column.ordinal())
                .findFirst().orElseThrow(() -> new AssertionError("no validation on " + column));
    }
}
