package org.refundbatch.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a sheet file by what it is. The name must end in {@code .csv}, {@code .xlsx} or {@code .xls};
 * the first bytes then say what the file really holds, since people rename files and programs
 * export web pages as {@code .xls}:
 * <ul>
 *   <li>a zip (Office Open XML) is read as {@code .xlsx}, an OLE2 compound file as {@code .xls}, whatever
 *       the name says: the withdrawals in it are as good as in a well-named file;</li>
 *   <li>an OLE2 file holding an encrypted package is a password-protected {@code .xlsx}: rejected;</li>
 *   <li>anything else is read as CSV when named {@code .csv}, and rejected when named as a workbook
 *       (a CSV file or a web page renamed to {@code .xlsx} or {@code .xls}).</li>
 * </ul>
 */
public final class SheetFiles {

    private SheetFiles() {
    }

    /** True for the file names the inbox takes. */
    public static boolean isSheet(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /**
     * Opens {@code file}, reported to the user as {@code displayName}.
     *
     * @throws UnreadableSheetException when the file is not a sheet this program reads
     */
    public static SheetReader open(Path file, String displayName) {
        return open(file, displayName, SheetLimits.DEFAULTS);
    }

    /**
     * Opens {@code file}, reported to the user as {@code displayName}, read within {@code limits}.
     *
     * @throws UnreadableSheetException when the file is not a sheet this program reads, or is over a limit
     */
    public static SheetReader open(Path file, String displayName, SheetLimits limits) {
        if (!isSheet(displayName)) {
            throw new UnreadableSheetException(displayName + ": " + notASheet(displayName));
        }
        requireSize(file, displayName, limits);
        FileMagic magic = magic(file, displayName);
        return switch (magic) {
            case OOXML -> new XlsxSheetReader(file, displayName, limits);
            case OLE2 -> {
                requireNotEncryptedPackage(file, displayName);
                yield new XlsSheetReader(file, displayName, limits);
            }
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableSheetException(displayName
                    + ": saved in an Excel format from before 1995, which this program does not read;"
                    + " save it as 'Excel Workbook (.xlsx)'");
            default -> {
                if (displayName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    yield new CsvSheetReader(file, displayName, limits);
                }
                throw new UnreadableSheetException(displayName + ": not an Excel workbook (" + whatItIs(magic)
                        + "); save it from Excel as .xlsx, or name it .csv if it is a CSV file");
            }
        };
    }

    /** Why a file of that name is not read, and what to save instead. */
    private static String notASheet(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        return switch (extension) {
            case ".ods", ".fods" -> "saved in LibreOffice's own format (" + extension + "), which this program does"
                    + " not read; save it with File > Save As as 'Excel 2007-365 (.xlsx)' and drop that file";
            case ".xlsm", ".xltx", ".xltm" -> "an Excel workbook with macros or a template (" + extension
                    + "); save it as 'Excel Workbook (.xlsx)' and drop that file";
            case ".xlsb" -> "saved as 'Excel Binary Workbook' (.xlsb), which this program does not read; save it"
                    + " as 'Excel Workbook (.xlsx)'";
            case ".numbers" -> "a Numbers document; export it as Excel (.xlsx) and drop that file";
            case ".txt", ".tsv", ".prn" -> "a text file; save the withdrawals as CSV (.csv) or as an Excel workbook"
                    + " (.xlsx)";
            default -> "not a sheet this program reads; the inbox takes .xlsx, .xls and .csv files: save the"
                    + " withdrawals as one of those, or take this file out of the inbox";
        };
    }

    private static void requireSize(Path file, String displayName, SheetLimits limits) {
        try {
            if (Files.size(file) > limits.fileSize().toBytes()) {
                throw SheetLimits.exceeded(displayName, "the file has", limits.fileSize().toBytes(), "bytes",
                        "file-size");
            }
        } catch (IOException e) {
            throw new UnreadableSheetException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static FileMagic magic(Path file, String displayName) {
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableSheetException(displayName + ": the file is empty (0 bytes); save the sheet again"
                        + " and drop the new file in the inbox");
            }
            return FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new UnreadableSheetException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** An encrypted {@code .xlsx} is an OLE2 file with an {@code EncryptionInfo} and an {@code EncryptedPackage}. */
    private static void requireNotEncryptedPackage(Path file, String displayName) {
        boolean encrypted;
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            encrypted = fileSystem.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || fileSystem.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheetException(displayName + ": "
                    + SheetProblems.damagedFile(SheetProblems.rootMessage(e)), e);
        }
        if (encrypted) {
            throw new UnreadableSheetException(displayName + ": " + SheetProblems.PASSWORD_PROTECTED);
        }
    }

    private static String whatItIs(FileMagic magic) {
        return switch (magic) {
            case HTML -> "it is a web page (HTML), as some programs export under an Excel name";
            case XML -> "it is an XML file, such as an 'XML Spreadsheet 2003'";
            case PDF -> "it is a PDF document";
            case RTF, WORD2, MSWRITE -> "it is a word-processor document";
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> "it is an image";
            default -> "it looks like text, such as a CSV file";
        };
    }
}
