package org.refundbatch.sheet;

import java.io.IOException;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;

/** Plain words for why a workbook cannot be read, from what POI and the zip layer report. */
final class SheetProblems {

    private static final String ZIP_BOMB = "refused: the file unpacks to far more data than its size suggests,"
            + " as a zip bomb does; if it is a genuine export, open it in Excel and save it again";

    /** Why an encrypted workbook is not read, and what to do. */
    static final String PASSWORD_PROTECTED = "the workbook is password-protected;"
            + " remove the password in Excel (File > Info > Protect Workbook) and save it again";

    private SheetProblems() {
    }

    /** Why the workbook could not be opened, for a person: what is wrong and what to do. */
    static String describe(Throwable failure) {
        String cause = rootMessage(failure);
        if (cause.contains("Strict OOXML")) {
            return "saved as 'Strict Open XML Spreadsheet', which this program does not read;"
                    + " save it as 'Excel Workbook (.xlsx)'";
        }
        if (isZipBomb(cause)) {
            return ZIP_BOMB;
        }
        if (hasCause(failure, IOException.class) || hasCause(failure, InvalidFormatException.class)
                || hasCause(failure, InvalidOperationException.class)) {
            return damagedFile(cause);
        }
        return "cannot be read as an Excel workbook (" + cause + ")";
    }

    /** Why a workbook whose container or records are broken cannot be opened, with what the reader found. */
    static String damagedFile(String cause) {
        return "the file is damaged or incomplete and cannot be opened as an Excel workbook (" + cause
                + "); save it again from Excel or ask for a new copy";
    }

    /** Why an Office file that is no workbook is not read: {@code what} it is. */
    static String notAWorkbook(String what) {
        return "not an Excel workbook (the file is " + what + "); save the withdrawals as .xlsx, .xls or .csv";
    }

    /** Why a sheet broke off while it was being read. */
    static String damage(Throwable failure) {
        String cause = rootMessage(failure);
        return isZipBomb(cause) ? ZIP_BOMB
                : "the sheet is damaged and cannot be read further (" + cause + ")";
    }

    private static boolean isZipBomb(String cause) {
        return cause.toLowerCase(Locale.ROOT).contains("zip bomb");
    }

    /**
     * What is wrong with a package whose main part has this content type, or null for a workbook.
     * A Word or PowerPoint file also is a zip of XML and passes the magic-bytes check.
     */
    static String contentProblem(String contentType) {
        String type = contentType == null ? "" : contentType;
        if (type.contains("binary")) {
            return "saved as 'Excel Binary Workbook' (.xlsb), which this program does not read;"
                    + " save it as 'Excel Workbook (.xlsx)'";
        }
        if (type.contains("spreadsheetml") || type.startsWith("application/vnd.ms-excel")) {
            return null;
        }
        String what = type.contains("wordprocessingml") ? "a Word document"
                : type.contains("presentationml") ? "a PowerPoint presentation" : "not a spreadsheet";
        return notAWorkbook(what);
    }

    /** The message of the innermost cause that has one. */
    static String rootMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message != null ? message.strip().replaceAll("\\s+", " ") : failure.getClass().getSimpleName();
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
