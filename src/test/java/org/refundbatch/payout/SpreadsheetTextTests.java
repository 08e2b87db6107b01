package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refundbatch.ledger.RefundRecord;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x.example\",\"click\")", "+32 3 265 41 11", "-1", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void prefixesTextThatASpreadsheetWouldReadAsAFormula(String text) {
        assertThat(SpreadsheetText.needsNeutralising(text)).isTrue();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Peeters", "0001234", "1116.00", " =1+1", "'=already quoted", "a=b", "", "BE68 5390"})
    void leavesOtherTextAlone(String text) {
        assertThat(SpreadsheetText.needsNeutralising(text)).isFalse();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }

    @Test
    void keepsNull() {
        assertThat(SpreadsheetText.neutralise(null)).isNull();
        assertThat(SpreadsheetText.needsNeutralising(null)).isFalse();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "x;=HYPERLINK(\"http://evil.example\")  | x;'=HYPERLINK(\"http://evil.example\")",
        "Peeters, +32 3 265 41 11              | Peeters, '+32 3 265 41 11",
        "a;\"=1+1\"                              | a;\"'=1+1\"",
        "=1;@SUM(A1)                           | '=1;'@SUM(A1)",
        "Van den Bossche; Smet                 | Van den Bossche; Smet",
        "a=b;c                                 | a=b;c",
    })
    void neutralisesAFormulaAfterADelimiterOfAnyLocaleInCsvText(String text, String expected) {
        assertThat(SpreadsheetText.neutraliseForCsv(text)).isEqualTo(expected);
    }

    @Test
    void neutralisesTabSeparatedFormulasInCsvText() {
        assertThat(SpreadsheetText.neutraliseForCsv("a\t-1")).isEqualTo("a\t'-1");
    }

    /** Excel with Belgian settings: the CSV split on every {@code ;}, quotes ignored. */
    @Test
    void writesNoCellThatExcelSplittingOnSemicolonsWouldRunAsAFormula(@TempDir Path dir) throws Exception {
        LocalDate runDate = LocalDate.of(2026, 11, 30);
        RefundRecord refund = RefundFixtures.payable("R1", "x;=HYPERLINK(\"http://evil.example\",\"klik\")",
                "An; +1; -2;@x", "10.00", "BE68539007547034", null);

        new CsvOutputs().writeAll(runDate, dir, List.of(refund).iterator(), Collections.emptyIterator(),
                Collections.emptyIterator());

        String csv = Files.readString(dir.resolve(CsvOutputs.refundsFileName(runDate)), StandardCharsets.UTF_8);
        assertThat(csv).contains("x;'=HYPERLINK(").contains("An; '+1; '-2;'@x");
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(";")) {
                assertThat(cell.replaceFirst("^[\\s\"]*", "")).as(cell).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }
}
