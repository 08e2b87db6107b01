package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class HeaderSearchTests {

    private static final String[] HEADER = {"Rolnummer", "Familienaam", "Voornaam", "Code", "Datum stopzetting"};

    @Nested
    class HeaderBelowATitle {

        @Test
        void skipsATitleRowAndFindsTheColumnNamesBelowIt() {
            SheetReader sheet = sheet(row(1, "Stopzettingen december 2026"), row(3, HEADER),
                    row(4, "0500301", "Maes", "Sara", "MC-DATA", "15/10/2026"));

            HeaderSearch.Header header = HeaderSearch.find(sheet, "dec.xlsx");

            assertThat(header.row().number()).isEqualTo(3);
            SheetRow data = sheet.next();
            assertThat(data.number()).isEqualTo(4);
            assertThat(header.mapping().cell(data, Column.WITHDRAWAL_DATE).value()).isEqualTo("15/10/2026");
        }

        @Test
        void takesTheHeaderFromTheTwentiethNonEmptyRow() {
            List<SheetRow> rows = new ArrayList<>();
            for (int n = 1; n <= 19; n++) {
                rows.add(row(n * 2, "remark " + n));
            }
            rows.add(row(40, HEADER));

            assertThat(HeaderSearch.find(sheet(rows.toArray(SheetRow[]::new)), "dec.xlsx").row().number())
                    .isEqualTo(40);
        }

        @Test
        void rejectsASheetWhoseColumnNamesComeAfterTheTwentiethNonEmptyRow() {
            List<SheetRow> rows = new ArrayList<>();
            for (int n = 1; n <= 20; n++) {
                rows.add(row(n, "remark " + n));
            }
            rows.add(row(21, HEADER));

            assertThatThrownBy(() -> HeaderSearch.find(sheet(rows.toArray(SheetRow[]::new)), "dec.xlsx"))
                    .isInstanceOf(UnreadableSheetException.class)
                    .hasMessageContaining("within the first 20 rows that are not empty");
        }
    }

    @Nested
    class NoHeader {

        @Test
        void namesTheColumnsTheClosestRowLacks() {
            SheetReader sheet = sheet(row(1, "Stopzettingen december 2026"),
                    row(2, "Rolnummer", "Familienaam", "Voornaam", "Code", "Academiejaar"),
                    row(3, "0500301", "Maes", "Sara", "MC-DATA", "2026-2027"));

            assertThatThrownBy(() -> HeaderSearch.find(sheet, "dec.xlsx"))
                    .isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("dec.xlsx row 2: no column withdrawal_date (or stopzettingsdatum, datum stopzetting);"
                            + " put the column names in one row above the withdrawals, within the first 20 rows that"
                            + " are not empty, and drop the file again (row 2, the closest, has: Rolnummer,"
                            + " Familienaam, Voornaam, Code, Academiejaar)");
        }

        @Test
        void findsNothingInASheetWithoutRows() {
            assertThat(HeaderSearch.find(sheet(), "empty.csv")).isNull();
        }
    }

    @Nested
    class SavedByCalc {

        /** {@code title-row.typed.tsv}, typed into Calc and saved by it (made with {@code type-in-calc.py}). */
        @ParameterizedTest
        @ValueSource(strings = {"title-row.xlsx", "title-row.csv"})
        void readsTheRowsUnderATitleWithTheRowNumbersCalcShows(String name) throws URISyntaxException {
            Path file = Path.of(getClass().getResource("/sheets/" + name).toURI());
            WithdrawalSheetReader reader = new WithdrawalSheetReader(List.of(new StagedSheet(1, name, file)));
            reader.open(new ExecutionContext());
            List<String> rows = new ArrayList<>();
            for (WithdrawalRow row = reader.read(); row != null; row = reader.read()) {
                rows.add(row.rowNumber() + " " + row.cell(Column.STUDENT_ID).value() + " "
                        + row.cell(Column.REFERENCE).value());
            }
            reader.close();

            assertThat(rows).containsExactly("4 0500301 TITLE-4", "5 0500302 TITLE-5", "6 0500303 TITLE-6",
                    "7 0500304 TITLE-7");
        }
    }

    private static SheetRow row(int number, String... values) {
        return new SheetRow(number, Arrays.stream(values).map(SheetCell::text).toList());
    }

    private static SheetReader sheet(SheetRow... rows) {
        Deque<SheetRow> queue = new ArrayDeque<>(List.of(rows));
        return new SheetReader() {
            @Override
            public SheetRow next() {
                return queue.poll();
            }

            @Override
            public void close() {
            }
        };
    }
}
