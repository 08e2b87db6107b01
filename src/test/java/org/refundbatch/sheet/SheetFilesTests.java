package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refundbatch.sheet.SheetCells.readAll;
import static org.refundbatch.sheet.SheetCells.row;
import static org.refundbatch.sheet.SheetCells.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetFilesTests {

    @TempDir
    Path folder;

    @Nested
    class ByWhatTheFileHolds {

        @Test
        void readsAnXlsxFile() throws IOException {
            Path file = save(new XSSFWorkbook(), "withdrawals.xlsx");

            assertThat(readAll(SheetFiles.open(file, "withdrawals.xlsx"))).containsExactly(row(1, text("student_id")));
        }

        @Test
        void readsAnXlsFile() throws IOException {
            Path file = save(new HSSFWorkbook(), "withdrawals.xls");

            assertThat(readAll(SheetFiles.open(file, "withdrawals.xls"))).containsExactly(row(1, text("student_id")));
        }

        @Test
        void readsAWorkbookByItsRealFormatWhateverItsExtension() throws IOException {
            Path xlsxNamedXls = save(new XSSFWorkbook(), "really-xlsx.xls");
            Path xlsNamedXlsx = save(new HSSFWorkbook(), "really-xls.xlsx");

            assertThat(SheetFiles.open(xlsxNamedXls, "really-xlsx.xls")).isInstanceOf(XlsxSheetReader.class)
                    .satisfies(reader -> assertThat(readAll(reader)).containsExactly(row(1, text("student_id"))));
            assertThat(SheetFiles.open(xlsNamedXlsx, "really-xls.xlsx")).isInstanceOf(XlsSheetReader.class)
                    .satisfies(reader -> assertThat(readAll(reader)).containsExactly(row(1, text("student_id"))));
        }

        @Test
        void readsACsvFile() throws IOException {
            Path file = Files.writeString(folder.resolve("withdrawals.csv"), "student_id;last_name\n00012;Peeters\n");

            assertThat(readAll(SheetFiles.open(file, "withdrawals.csv"))).containsExactly(
                    row(1, text("student_id"), text("last_name")), row(2, text("00012"), text("Peeters")));
        }
    }

    @Nested
    class Unreadable {

        @Test
        void rejectsACsvFileRenamedToXlsx() throws IOException {
            Path file = Files.writeString(folder.resolve("export.xlsx"), "student_id;last_name\n00012;Peeters\n");

            assertThatThrownBy(() -> SheetFiles.open(file, "export.xlsx")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("export.xlsx: not an Excel workbook (it looks like text, such as a CSV file);"
                            + " save it from Excel as .xlsx, or name it .csv if it is a CSV file");
        }

        @Test
        void rejectsAWebPageSavedAsXls() throws IOException {
            Path file = Files.writeString(folder.resolve("export.xls"), "<html><body><table><tr><td>1</td></tr>"
                    + "</table></body></html>");

            assertThatThrownBy(() -> SheetFiles.open(file, "export.xls")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("export.xls: not an Excel workbook (it is a web page (HTML)");
        }

        @Test
        void rejectsAnEmptyFile() throws IOException {
            Path file = Files.createFile(folder.resolve("empty.xlsx"));

            assertThatThrownBy(() -> SheetFiles.open(file, "empty.xlsx")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("empty.xlsx: the file is empty (0 bytes); save the sheet again and drop the new file"
                            + " in the inbox");
        }

        @Test
        void rejectsATruncatedXlsx() throws IOException {
            Path whole = save(new XSSFWorkbook(), "whole.xlsx");
            byte[] bytes = Files.readAllBytes(whole);
            Path file = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

            assertThatThrownBy(() -> SheetFiles.open(file, "cut.xlsx")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("cut.xlsx: the file is damaged or incomplete and cannot be opened as an"
                            + " Excel workbook (")
                    .hasMessageEndingWith("); save it again from Excel or ask for a new copy");
        }

        @Test
        void rejectsACorruptZip() throws IOException {
            byte[] bytes = Files.readAllBytes(save(new XSSFWorkbook(), "whole.xlsx"));
            for (int i = 200; i < bytes.length - 200; i += 7) {
                bytes[i] = (byte) (bytes[i] ^ 0x5a);
            }
            Path file = Files.write(folder.resolve("corrupt.xlsx"), bytes);

            assertThatThrownBy(() -> readAll(SheetFiles.open(file, "corrupt.xlsx")))
                    .isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("corrupt.xlsx: the file is damaged or incomplete")
                    .hasMessageNotContaining(folder.toString());
        }

        @Test
        void rejectsATruncatedXls() throws IOException {
            byte[] bytes = Files.readAllBytes(save(new HSSFWorkbook(), "whole.xls"));
            Path file = Files.write(folder.resolve("cut.xls"), Arrays.copyOf(bytes, bytes.length / 2));

            assertThatThrownBy(() -> SheetFiles.open(file, "cut.xls")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("cut.xls: the file is damaged or incomplete and cannot be opened as an"
                            + " Excel workbook (")
                    .hasMessageEndingWith("); save it again from Excel or ask for a new copy");
        }

        @Test
        void rejectsAZipThatIsNoWorkbook() throws IOException {
            Path file = folder.resolve("archive.xlsx");
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
                zip.write("hello".getBytes(StandardCharsets.UTF_8));
            }

            assertThatThrownBy(() -> SheetFiles.open(file, "archive.xlsx")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessageStartingWith("archive.xlsx: ");
        }

        @Test
        void rejectsAWordDocumentNamedXls() throws IOException {
            Path file = folder.resolve("letter.xls");
            try (POIFSFileSystem document = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
                document.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
                document.writeFilesystem(out);
            }

            assertThatThrownBy(() -> SheetFiles.open(file, "letter.xls")).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("letter.xls: not an Excel workbook (the file is a Word document);"
                            + " save the withdrawals as .xlsx, .xls or .csv");
        }

        @Test
        void rejectsAPasswordProtectedXlsx() throws IOException, GeneralSecurityException {
            Path file = folder.resolve("protected.xlsx");
            try (POIFSFileSystem container = new POIFSFileSystem(); XSSFWorkbook book = new XSSFWorkbook()) {
                book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("student_id");
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword("s3cret");
                try (OutputStream data = encryptor.getDataStream(container)) {
                    book.write(data);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    container.writeFilesystem(out);
                }
            }

            assertThatThrownBy(() -> SheetFiles.open(file, "protected.xlsx"))
                    .isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("protected.xlsx: the workbook is password-protected;"
                            + " remove the password in Excel (File > Info > Protect Workbook) and save it again");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                notes.txt          | a text file; save the withdrawals as CSV (.csv) or as an Excel workbook (.xlsx)
                stopzettingen.ods  | saved in LibreOffice's own format (.ods), which this program does not read; save it with File > Save As as 'Excel 2007-365 (.xlsx)' and drop that file
                macro.xlsm         | an Excel workbook with macros or a template (.xlsm); save it as 'Excel Workbook (.xlsx)' and drop that file
                scan.pdf           | not a sheet this program reads; the inbox takes .xlsx, .xls and .csv files: save the withdrawals as one of those, or take this file out of the inbox
                """)
        void rejectsOtherFileNamesSayingWhatToSaveInstead(String name, String reason) throws IOException {
            Path file = Files.writeString(folder.resolve(name), "hello");

            assertThatThrownBy(() -> SheetFiles.open(file, name)).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage(name + ": " + reason);
        }
    }

    private Path save(Workbook book, String name) throws IOException {
        Path file = folder.resolve(name);
        try (book; OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("student_id");
            book.write(out);
        }
        return file;
    }
}
