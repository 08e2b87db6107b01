package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refundbatch.sheet.SheetCells.row;
import static org.refundbatch.sheet.SheetCells.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** A CSV file that breaks off or passes a limit part-way is stopped there, with the line and the setting. */
class CsvSheetLimitsTests {

    private static final SheetLimits THREE_ROWS = new SheetLimits(DataSize.ofMegabytes(512), DataSize.ofGigabytes(2),
            DataSize.ofMegabytes(96), 32_767, 16_384, 3, 1_048_576);

    @TempDir
    Path folder;

    private Path csv(String content) throws IOException {
        return Files.writeString(folder.resolve("withdrawals.csv"), content);
    }

    @Test
    void givesTheRowsBeforeAQuoteThatNeverClosesThenNamesItsLine() throws IOException {
        Path file = csv("id;name\n1;Anna\n2;\"Bram\n3;Carl\n4;Dirk\n");

        try (CsvSheetReader reader = new CsvSheetReader(file, "withdrawals.csv")) {
            assertThat(reader.next()).isEqualTo(row(1, text("id"), text("name")));
            assertThat(reader.next()).isEqualTo(row(2, text("1"), text("Anna")));
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("withdrawals.csv line 3: not a valid CSV file from this line on (");
        }
    }

    @Test
    void stopsALineOfTenMegabytesAfterTheLimitNotAtItsEnd() throws IOException {
        Path file = folder.resolve("withdrawals.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id;name\n1;Anna\n2;");
            for (int i = 0; i < 10 * 1024; i++) {
                out.write("x".repeat(1024));
            }
            out.write("\n");
        }

        try (CsvSheetReader reader = new CsvSheetReader(file, "withdrawals.csv")) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("withdrawals.csv line 3: a line (or a value whose opening quote \" is never closed) has"
                            + " more than 1,048,576 characters (the limit"
                            + " refund.limits.csv-line-length; ask the administrator to raise it if the file is right,"
                            + " or split the file)");
        }
    }

    @Test
    void refusesARowOf100000Columns() throws IOException {
        Path file = csv("id;name\n1;Anna\n2" + ";".repeat(100_000) + "\n");

        try (CsvSheetReader reader = new CsvSheetReader(file, "withdrawals.csv")) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("withdrawals.csv line 3: the row has more than 16,384 columns (the limit"
                            + " refund.limits.columns-per-row;");
        }
    }

    @Test
    void countsTheHeaderAmongTheRowsOfTheLimit() throws IOException {
        Path file = csv("id;name\n1;Anna\n2;Bram\n3;Carl\n");

        try (CsvSheetReader reader = new CsvSheetReader(file, "withdrawals.csv", THREE_ROWS)) {
            reader.next();
            reader.next();
            assertThat(reader.next()).isEqualTo(row(3, text("2"), text("Bram")));
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("withdrawals.csv: the file has more than 3 rows (the limit"
                            + " refund.limits.rows-per-file;");
        }
    }

    @Test
    void refusesASeparatorLineThatNamesTheQuote() throws IOException {
        Path file = csv("sep=\"\nid;name\n1;Anna\n");

        assertThatThrownBy(() -> new CsvSheetReader(file, "withdrawals.csv")).isInstanceOf(UnreadableSheetException.class)
                .hasMessage("withdrawals.csv line 1: 'sep=\"' names '\"' as the separator, which cannot separate"
                        + " values; make the first line 'sep=;' (or remove it) and drop the file again");
    }
}
