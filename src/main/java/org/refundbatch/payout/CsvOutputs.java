package org.refundbatch.payout;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;

/**
 * The run's CSV files (DESIGN §4): UTF-8, RFC 4180, amounts with a point and two decimals, text that a
 * spreadsheet would run as a formula neutralised. Written from the ledger, streaming.
 */
public final class CsvOutputs {

    public static final List<String> REFUND_HEADER = List.of("refund_id", "student_id", "last_name", "first_name",
            "micro_credential", "academic_year", "withdrawal_date", "rule", "registration_fee", "entitlement",
            "amount_paid", "refund_amount", "status", "iban", "reference", "source_file", "source_row");
    public static final List<String> CREDIT_HEADER = List.of("refund_id", "student_id", "micro_credential",
            "academic_year", "course_unit", "course_unit_name", "semester", "credits", "tuition_per_credit", "amount",
            "credit_status");
    public static final List<String> REJECT_HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("source_file", "source_row", "column", "value", "reason"));
        header.addAll(RejectRecord.ORIGINAL_COLUMNS);
        REJECT_HEADER = List.copyOf(header);
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final LedgerRepository ledger;

    public CsvOutputs(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    public void writeRefunds(LocalDate runDate, Path target) throws IOException {
        write(target, REFUND_HEADER, printer -> ledger.forEachRefund(runDate, r -> print(printer, refundRow(r))));
    }

    public void writeCreditRecords(LocalDate runDate, Path target) throws IOException {
        write(target, CREDIT_HEADER, printer -> ledger.forEachCreditRecord(runDate, c -> print(printer, creditRow(c))));
    }

    public void writeRejects(LocalDate runDate, Path target) throws IOException {
        write(target, REJECT_HEADER, printer -> ledger.forEachReject(runDate, r -> print(printer, rejectRow(r))));
    }

    static List<Object> refundRow(RefundRecord r) {
        return List.of(r.refundId(), text(r.studentId()), text(r.lastName()), text(r.firstName()),
                text(r.microCredential()), r.academicYear(), r.withdrawalDate().toString(), r.rule().name(),
                amount(r.registrationFee()), amount(r.entitlement()), amount(r.amountPaid()), amount(r.refundAmount()),
                r.status().name(), text(r.iban()), text(r.reference()), text(r.sourceFile()), r.sourceRow());
    }

    static List<Object> creditRow(CreditRecord c) {
        return List.of(c.refundId(), text(c.studentId()), text(c.microCredential()), c.academicYear(),
                text(c.courseUnit()), text(c.courseUnitName()), c.semester() == null ? "" : c.semester(),
                c.credits() == null ? "" : c.credits().stripTrailingZeros().toPlainString(), amount(c.tuitionPerCredit()),
                amount(c.amount()), c.creditStatus().name());
    }

    static List<Object> rejectRow(RejectRecord r) {
        List<Object> row = new ArrayList<>(REJECT_HEADER.size());
        row.add(text(r.sourceFile()));
        row.add(r.sourceRow() == 0 ? "" : r.sourceRow());
        row.add(text(r.column()));
        row.add(text(r.value()));
        row.add(text(r.reason()));
        for (int i = 0; i < RejectRecord.ORIGINAL_COLUMNS.size(); i++) {
            row.add(text(i < r.original().size() ? r.original().get(i) : ""));
        }
        return row;
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.neutralise(value);
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2).toPlainString();
    }

    private interface Body {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void write(Path target, List<String> header, Body body) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            try {
                body.print(printer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
    }

    private static void print(CSVPrinter printer, List<Object> row) {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
