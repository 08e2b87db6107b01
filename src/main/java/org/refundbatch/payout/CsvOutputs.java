package org.refundbatch.payout;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.refundbatch.ledger.BankFeedbackReject;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.OpenItem;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.payout.TableSheet.Column;

/**
 * The run's CSV files (DESIGN §4): UTF-8, RFC 4180, amounts with a point and two decimals, text that a
 * spreadsheet would run as a formula neutralised. Written from the ledger, streaming.
 */
public final class CsvOutputs {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private static final int BUFFER_CHARS = 64 * 1024;

    public static String refundsFileName(LocalDate runDate) {
        return "reimbursements-" + runDate + ".csv";
    }

    public static String creditRecordsFileName(LocalDate runDate) {
        return "credit-records-" + runDate + ".csv";
    }

    public static String rejectsFileName(LocalDate runDate) {
        return "rejected-" + runDate + ".csv";
    }

    public static String openItemsFileName(LocalDate runDate) {
        return "open-items-" + runDate + ".csv";
    }

    public static String bankFeedbackRejectsFileName(LocalDate runDate) {
        return "bank-feedback-rejects-" + runDate + ".csv";
    }

    /** Writes {@code open-items-<runDate>.csv}: the refunds still owed across all nights. */
    public void writeOpenItems(LocalDate runDate, Path dir, Iterator<OpenItem> openItems) throws IOException {
        write(dir.resolve(openItemsFileName(runDate)), OutputColumns.OPEN_ITEMS, openItems);
    }

    /** Writes {@code bank-feedback-rejects-<runDate>.csv}: the bank feedback the run could not apply. */
    public void writeBankFeedbackRejects(LocalDate runDate, Path dir, Iterator<BankFeedbackReject> rejects)
            throws IOException {
        write(dir.resolve(bankFeedbackRejectsFileName(runDate)), OutputColumns.BANK_FEEDBACK_REJECTS, rejects);
    }

    /**
     * Writes the three CSV files of the run into {@code dir}, one after the other, each from its rows in the
     * order given.
     */
    public void writeAll(LocalDate runDate, Path dir, Iterator<RefundRecord> refunds, Iterator<CreditRecord> credits,
                         Iterator<RejectRecord> rejects) throws IOException {
        write(dir.resolve(refundsFileName(runDate)), OutputColumns.REFUNDS, refunds);
        write(dir.resolve(creditRecordsFileName(runDate)), OutputColumns.CREDIT_RECORDS, credits);
        write(dir.resolve(rejectsFileName(runDate)), OutputColumns.REJECTS, rejects);
    }

    private static <T> void write(Path target, List<Column<T>> columns, Iterator<T> rows) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(columns.stream().map(Column::header).toList());
            List<String> values = new ArrayList<>(columns.size());
            while (rows.hasNext()) {
                T row = rows.next();
                values.clear();
                for (Column<T> column : columns) {
                    values.add(format(column, column.value().apply(row)));
                }
                printer.printRecord(values);
            }
            printer.flush();
        });
    }

    private static String format(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> SpreadsheetText.neutraliseForCsv(value.toString());
            case AMOUNT -> ((BigDecimal) value).setScale(2).toPlainString();
            case CREDITS -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            case DATE, INTEGER -> value.toString();
        };
    }
}
