package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refundbatch.sheet.SheetCells.row;
import static org.refundbatch.sheet.SheetCells.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The limits of refund.limits.* as the sheet readers apply them, and the reason a file is rejected for. */
class SheetLimitsTests {

    /** The defaults, but a row may hold 3 columns and a file 3 rows. */
    private static final SheetLimits THREE_BY_THREE = new SheetLimits(DataSize.ofMegabytes(512),
            DataSize.ofGigabytes(2), DataSize.ofMegabytes(96), 32_767, 3, 3, 1_048_576);
    /** The defaults, but a part of a workbook may unpack to 1 KiB. */
    private static final SheetLimits KILOBYTE_PARTS = new SheetLimits(DataSize.ofMegabytes(512),
            DataSize.ofBytes(1024), DataSize.ofMegabytes(96), 32_767, 16_384, 1_048_576, 1_048_576);
    /** The defaults, but a file may have 1 KiB. */
    private static final SheetLimits KILOBYTE_FILES = new SheetLimits(DataSize.ofBytes(1024),
            DataSize.ofGigabytes(2), DataSize.ofMegabytes(96), 32_767, 16_384, 1_048_576, 1_048_576);

    @TempDir
    Path folder;

    @Test
    void namesWhatTheFileHoldsTheLimitAndTheSettingThatRaisesIt() {
        assertThat(SheetLimits.reached("the file has", 1024, "bytes", "file-size")).isEqualTo("the file has more than"
                + " 1,024 bytes (the limit refund.limits.file-size; ask the administrator to raise it if the file is"
                + " right, or split the file)");
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() throws IOException {
        Path file = Files.writeString(folder.resolve("big.csv"), "id;name\n" + "1;Anna\n".repeat(200));

        assertThatThrownBy(() -> SheetFiles.open(file, "big.csv", KILOBYTE_FILES))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessage("big.csv: the file has more than 1,024 bytes (the limit refund.limits.file-size; ask the"
                        + " administrator to raise it if the file is right, or split the file)");
    }

    @Nested
    class Xlsx {

        @Test
        void refusesTheRowPastTheRowsOfTheLimit() throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", inlineRow(1, "id") + inlineRow(2, "a") + inlineRow(3, "b")
                    + inlineRow(4, "c")).writeTo(folder.resolve("long.xlsx"));

            try (XlsxSheetReader reader = new XlsxSheetReader(file, "long.xlsx", THREE_BY_THREE)) {
                reader.next();
                reader.next();
                assertThat(reader.next()).isEqualTo(row(3, text("b")));
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                        .hasMessage("long.xlsx: the sheet has more than 3 rows (the limit refund.limits.rows-per-file;"
                                + " ask the administrator to raise it if the file is right, or split the file)");
                assertThat(reader.next()).isNull();
            }
        }

        @Test
        void refusesARowWithMoreColumnsThanTheLimit() throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", inlineRow(1, "id") + "<row r=\"2\">" + inline("A2", "a")
                    + inline("B2", "b") + inline("C2", "c") + inline("D2", "d") + "</row>")
                    .writeTo(folder.resolve("wide.xlsx"));

            try (XlsxSheetReader reader = new XlsxSheetReader(file, "wide.xlsx", THREE_BY_THREE)) {
                reader.next();
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                        .hasMessage("wide.xlsx row 2: the row has more than 3 columns (the limit"
                                + " refund.limits.columns-per-row; ask the administrator to raise it if the file is"
                                + " right, or split the file)");
            }
        }

        @Test
        void refusesACellWithMoreTextThanTheLimit() throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", inlineRow(1, "id") + inlineRow(2, "x".repeat(32_768)))
                    .writeTo(folder.resolve("essay.xlsx"));

            try (XlsxSheetReader reader = new XlsxSheetReader(file, "essay.xlsx")) {
                reader.next();
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                        .hasMessage("essay.xlsx row 2: a cell has more than 32,767 characters (the limit"
                                + " refund.limits.cell-text; ask the administrator to raise it if the file is right,"
                                + " or split the file)");
            }
        }

        private static String inlineRow(int number, String text) {
            return "<row r=\"" + number + "\">" + inline("A" + number, text) + "</row>";
        }

        private static String inline(String reference, String text) {
            return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
        }
    }

    @Nested
    class Xls {

        @Test
        void refusesTheRowPastTheRowsOfTheLimit() throws IOException {
            Path file = xls("long.xls", "id", "a", "b", "c");

            try (XlsSheetReader reader = new XlsSheetReader(file, "long.xls", THREE_BY_THREE)) {
                reader.next();
                reader.next();
                assertThat(reader.next()).isEqualTo(row(3, text("b")));
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                        .hasMessage("long.xls: the sheet has more than 3 rows (the limit refund.limits.rows-per-file;"
                                + " ask the administrator to raise it if the file is right, or split the file)");
                assertThat(reader.next()).isNull();
            }
        }

        @Test
        void refusesARowWithMoreColumnsThanTheLimit() throws IOException {
            Path file = xls("wide.xls", "id", "a;b;c;d");

            try (XlsSheetReader reader = new XlsSheetReader(file, "wide.xls", THREE_BY_THREE)) {
                reader.next();
                assertThatThrownBy(reader::next).isInstanceOf(UnreadableSheetException.class)
                        .hasMessage("wide.xls row 2: the row has more than 3 columns (the limit"
                                + " refund.limits.columns-per-row; ask the administrator to raise it if the file is"
                                + " right, or split the file)");
            }
        }

        /** A sheet with one row per value; a value with {@code ;} fills a cell per part. */
        private Path xls(String name, String... rows) throws IOException {
            Path file = folder.resolve(name);
            try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = book.createSheet("Sheet1");
                for (int i = 0; i < rows.length; i++) {
                    Row row = sheet.createRow(i);
                    String[] values = rows[i].split(";");
                    for (int j = 0; j < values.length; j++) {
                        row.createCell(j).setCellValue(values[j]);
                    }
                }
                book.write(out);
            }
            return file;
        }
    }

    @Nested
    class PartSize {

        @Test
        void readsAPartOfExactlyTheLimitWhole() throws IOException {
            try (InputStream in = PartSizeLimit.of(new ByteArrayInputStream(new byte[1024]), "big.xlsx",
                    "the worksheet", KILOBYTE_PARTS)) {
                assertThat(in.readAllBytes()).hasSize(1024);
            }
        }

        @Test
        void stopsAPartThatUnpacksToMoreThanTheLimitWhateverItsZipEntryDeclared() {
            InputStream in = PartSizeLimit.of(new ByteArrayInputStream(new byte[1025]), "big.xlsx", "the worksheet",
                    KILOBYTE_PARTS);

            assertThatThrownBy(in::readAllBytes).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("big.xlsx: the worksheet unpacks to more than 1,024 bytes (the limit"
                            + " refund.limits.part-size; ask the administrator to raise it if the file is right,"
                            + " or split the file)");
        }

        @Test
        void countsSkippedBytesAndSingleBytesAlike() throws IOException {
            InputStream in = PartSizeLimit.of(new ByteArrayInputStream(new byte[1025]), "big.xlsx", "sharedStrings.xml",
                    KILOBYTE_PARTS);

            assertThat(in.skip(1000)).isEqualTo(1000);
            assertThat(in.read(new byte[24])).isEqualTo(24);
            assertThatThrownBy(in::read).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("big.xlsx: sharedStrings.xml unpacks to more than 1,024 bytes");
        }
    }
}
