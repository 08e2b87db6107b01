package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refundbatch.sheet.SheetCells.readAll;
import static org.refundbatch.sheet.SheetCells.row;
import static org.refundbatch.sheet.SheetCells.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as spreadsheet programs and people save them (DESIGN §2.1). */
class CsvSheetReaderTests {

    @TempDir
    Path folder;

    private List<SheetRow> read(String content, Charset charset) throws IOException {
        Path file = Files.write(folder.resolve("withdrawals.csv"), content.getBytes(charset));
        return readAll(new CsvSheetReader(file, "withdrawals.csv"));
    }

    @Test
    void takesTheDelimiterFromTheHeader() throws IOException {
        assertThat(read("rolnummer;bedrag\n0123456;\"1.116,00\"\n", StandardCharsets.UTF_8)).containsExactly(
                row(1, text("rolnummer"), text("bedrag")), row(2, text("0123456"), text("1.116,00")));
        assertThat(read("rolnummer,bedrag\n0123456,\"1.116,00\"\n", StandardCharsets.UTF_8)).containsExactly(
                row(1, text("rolnummer"), text("bedrag")), row(2, text("0123456"), text("1.116,00")));
    }

    @Test
    void takesTheDelimiterFromTheColumnNamesUnderATitleLine() throws IOException {
        assertThat(read("Stopzettingen december 2026\n\nrolnummer;bedrag\n0123456;\"1.116,00\"\n",
                StandardCharsets.UTF_8)).containsExactly(row(1, text("Stopzettingen december 2026")),
                row(3, text("rolnummer"), text("bedrag")), row(4, text("0123456"), text("1.116,00")));
    }

    @Test
    void readsWindows1252WhenTheFileIsNoUtf8() throws IOException {
        assertThat(read("naam;bedrag\r\nZoë;€ 82,51\r\n", Charset.forName("windows-1252"))).containsExactly(
                row(1, text("naam"), text("bedrag")), row(2, text("Zoë"), text("€ 82,51")));
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(read("\ufeffnaam;bedrag\nZoë;1\n", StandardCharsets.UTF_8).get(0))
                .isEqualTo(row(1, text("naam"), text("bedrag")));
    }

    @Test
    void skipsBlankRowsAndKeepsTheRowNumbersASpreadsheetShows() throws IOException {
        assertThat(read("naam;bedrag\n;\n\nMaes;1\n", StandardCharsets.UTF_8)).containsExactly(
                row(1, text("naam"), text("bedrag")), row(4, text("Maes"), text("1")));
    }

    @Test
    void takesTheDelimiterFromASepLineThatIsNoRow() throws IOException {
        // some programs write sep=; first so that Excel splits the columns; Excel does not show it as a row
        assertThat(read("sep=;\nnaam;bedrag\nMaes;1,50\n", StandardCharsets.UTF_8)).containsExactly(
                row(1, text("naam"), text("bedrag")), row(2, text("Maes"), text("1,50")));
        assertThat(read("\ufeffsep=,\r\nnaam,bedrag\r\nMaes,\"1,50\"\r\n", StandardCharsets.UTF_8)).containsExactly(
                row(1, text("naam"), text("bedrag")), row(2, text("Maes"), text("1,50")));
    }
}
