package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refundbatch.sheet.SheetCells.number;
import static org.refundbatch.sheet.SheetCells.readAll;
import static org.refundbatch.sheet.SheetCells.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An .xlsx comes from outside: zip bombs, entity tricks and files that break off are refused in plain words. */
class XlsxSheetReaderSafetyTests {

    @TempDir
    Path folder;

    @Test
    void refusesASheetThatUnpacksToFarMoreThanItsSize() throws IOException {
        Path file = new HandMadeXlsx().sheet("Sheet1", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + " ".repeat(20_000_000)).writeTo(folder.resolve("bomb.xlsx"));

        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableSheetException.class)
                .hasMessage("bomb.xlsx after row 1: refused: the file unpacks to far more data than its size"
                        + " suggests, as a zip bomb does; if it is a genuine export, open it in Excel and save it again");
    }

    @Test
    void stopsAtASheetThatBreaksOffWithTheRowWhereItBroke() throws IOException {
        Path file = new HandMadeXlsx().rawSheet("Sheet1", "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v>")
                .writeTo(folder.resolve("cut.xlsx"));

        try (XlsxSheetReader reader = new XlsxSheetReader(file, "cut.xlsx")) {
            assertThat(reader.next()).isEqualTo(row(1, number("1")));
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("cut.xlsx row 2: the sheet is damaged and cannot be read further (");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void neverResolvesExternalEntities() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        Path file = new HandMadeXlsx().rawSheet("Sheet1", "<?xml version=\"1.0\"?><!DOCTYPE worksheet ["
                + "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]><worksheet xmlns=\"" + HandMadeXlsx.MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&leak;</t></is></c></row>"
                + "</sheetData></worksheet>").writeTo(folder.resolve("xxe.xlsx"));

        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableSheetException.class)
                .hasMessageStartingWith("xxe.xlsx row 1: the sheet is damaged and cannot be read further")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void neverExpandsEntitiesDefinedInTheFile() throws IOException {
        Path file = new HandMadeXlsx().rawSheet("Sheet1", "<?xml version=\"1.0\"?><!DOCTYPE worksheet ["
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\""
                + HandMadeXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is>"
                + "</c></row></sheetData></worksheet>").writeTo(folder.resolve("laughs.xlsx"));

        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableSheetException.class)
                .hasMessageStartingWith("laughs.xlsx row 1: the sheet is damaged and cannot be read further");
    }

    private void read(Path file) {
        readAll(new XlsxSheetReader(file, file.getFileName().toString()));
    }
}
