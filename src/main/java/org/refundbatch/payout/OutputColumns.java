package org.refundbatch.payout;

import static org.refundbatch.payout.TableSheet.Kind.AMOUNT;
import static org.refundbatch.payout.TableSheet.Kind.CREDITS;
import static org.refundbatch.payout.TableSheet.Kind.DATE;
import static org.refundbatch.payout.TableSheet.Kind.INTEGER;
import static org.refundbatch.payout.TableSheet.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.refundbatch.ledger.BankFeedbackReject;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.ListedRefund;
import org.refundbatch.ledger.OpenItem;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.payout.TableSheet.Column;
import org.refundbatch.payout.TableSheet.Kind;

/** The columns of the output listings (DESIGN §4): the CSV files and the workbook's sheets share them. */
final class OutputColumns {

    static final List<Column<RefundRecord>> REFUNDS = refundListing(List.of(
            col("withdrawal_date", 17, DATE, RefundRecord::withdrawalDate),
            col("rule", 28, TEXT, r -> r.rule().name()),
            col("registration_fee", 18, AMOUNT, RefundRecord::registrationFee),
            col("entitlement", 14, AMOUNT, RefundRecord::entitlement),
            col("amount_paid", 14, AMOUNT, RefundRecord::amountPaid),
            col("refund_amount", 16, AMOUNT, RefundRecord::refundAmount),
            col("status", 14, TEXT, r -> r.status().name()),
            col("iban", 24, TEXT, RefundRecord::iban),
            col("reference", 20, TEXT, RefundRecord::reference),
            col("source_file", 28, TEXT, RefundRecord::sourceFile),
            col("source_row", 13, INTEGER, RefundRecord::sourceRow)));

    static final List<Column<CreditRecord>> CREDIT_RECORDS = List.of(
            col("refund_id", 18, TEXT, CreditRecord::refundId),
            col("student_id", 12, TEXT, CreditRecord::studentId),
            col("micro_credential", 18, TEXT, CreditRecord::microCredential),
            col("academic_year", 15, TEXT, CreditRecord::academicYear),
            col("course_unit", 14, TEXT, CreditRecord::courseUnit),
            col("course_unit_name", 36, TEXT, CreditRecord::courseUnitName),
            col("semester", 11, TEXT, CreditRecord::semester),
            col("credits", 10, CREDITS, CreditRecord::credits),
            col("tuition_per_credit", 19, AMOUNT, CreditRecord::tuitionPerCredit),
            col("amount", 13, AMOUNT, CreditRecord::amount),
            col("credit_status", 15, TEXT, c -> c.creditStatus().name()));

    static final List<Column<RejectRecord>> REJECTS = rejects();

    static final List<Column<OpenItem>> OPEN_ITEMS = refundListing(List.of(
            col("refund_amount", 16, AMOUNT, OpenItem::refundAmount),
            col("state", 11, TEXT, o -> o.state().name()),
            col("reason_code", 13, TEXT, o -> o.reason().code()),
            col("reason", 40, TEXT, o -> o.reason().text()),
            col("decided_on", 12, DATE, OpenItem::decidedOn),
            col("age_days", 10, INTEGER, OpenItem::ageDays)));

    static final List<Column<BankFeedbackReject>> BANK_FEEDBACK_REJECTS = List.of(
            col("file", 36, TEXT, BankFeedbackReject::fileName),
            col("end_to_end_id", 26, TEXT, BankFeedbackReject::endToEndId),
            col("reason", 80, TEXT, BankFeedbackReject::reason));

    private OutputColumns() {
    }

    /** The columns a listing of refunds opens with, the same for every kind of refund, then the listing's own. */
    private static <T extends ListedRefund> List<Column<T>> refundListing(List<Column<T>> own) {
        List<Column<T>> columns = new ArrayList<>(List.of(
                col("refund_id", 18, TEXT, ListedRefund::refundId),
                col("student_id", 12, TEXT, ListedRefund::studentId),
                col("last_name", 22, TEXT, ListedRefund::lastName),
                col("first_name", 16, TEXT, ListedRefund::firstName),
                col("micro_credential", 18, TEXT, ListedRefund::microCredential),
                col("academic_year", 15, TEXT, ListedRefund::academicYear)));
        columns.addAll(own);
        return List.copyOf(columns);
    }

    private static List<Column<RejectRecord>> rejects() {
        List<Column<RejectRecord>> columns = new ArrayList<>(List.of(
                col("source_file", 28, TEXT, RejectRecord::sourceFile),
                col("source_row", 13, INTEGER, r -> r.sourceRow() == 0 ? null : r.sourceRow()),
                col("column", 17, TEXT, RejectRecord::column),
                col("value", 20, TEXT, RejectRecord::value),
                col("reason", 60, TEXT, RejectRecord::reason)));
        for (org.refundbatch.ledger.Column original : org.refundbatch.ledger.Column.values()) {
            columns.add(col(original.header(), 16, TEXT, r -> r.original(original)));
        }
        return List.copyOf(columns);
    }

    private static <T> Column<T> col(String header, int width, Kind kind, Function<T, ?> value) {
        return new Column<>(header, width, kind, value);
    }
}
