package org.refundbatch.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the attempts to pay refunds: a night's bank file, its releases, and the transfers the bank answers for. */
public class PaymentRepository {

    private static final String ATTEMPT_COLUMNS = "refund_id, attempt_no, run_date, iban, amount, end_to_end_id";

    private final JdbcTemplate jdbc;

    public PaymentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The count and sum of the night's payment attempts: its bank file's header. */
    public LedgerRepository.PaymentTotals totals(LocalDate runDate) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payment WHERE run_date = ?",
                (rs, n) -> new LedgerRepository.PaymentTotals(rs.getLong(1), Money.of(rs.getBigDecimal(2))),
                Date.valueOf(runDate));
    }

    /** The count and sum of the night's releases. */
    public LedgerRepository.PaymentTotals releaseTotals(LocalDate runDate) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payment WHERE run_date = ?"
                + " AND origin = 'RELEASED'", (rs, n) -> new LedgerRepository.PaymentTotals(rs.getLong(1),
                Money.of(rs.getBigDecimal(2))), Date.valueOf(runDate));
    }

    /** The EndToEndIds of the night's attempts that do not carry the refund id (second and later attempts). */
    public Map<String, String> laterAttemptIds(LocalDate runDate) {
        Map<String, String> ids = new HashMap<>();
        jdbc.query("SELECT refund_id, end_to_end_id FROM payment WHERE run_date = ? AND attempt_no > 1", rs -> {
            ids.put(rs.getString(1), rs.getString(2));
        }, Date.valueOf(runDate));
        return ids;
    }

    /**
     * The night's releases as lines of its listings: the refund as decided, paid ({@code PAYABLE}) to the
     * release's account, at the release's file and row; in the order the rows were read.
     */
    public List<RefundRecord> releases(LocalDate runDate) {
        return jdbc.query("SELECT r.refund_id, r.run_date, r.student_id, r.last_name, r.first_name, r.micro_credential,"
                + " r.academic_year, r.withdrawal_date, r.rule_code, r.full_refund_before, r.no_refund_from,"
                + " r.registration_fee, r.entitlement, r.amount_paid, p.amount, p.iban, p.bic, r.reference,"
                + " p.source_file, p.file_seq, p.source_row FROM payment p JOIN refund r ON r.refund_id = p.refund_id"
                + " WHERE p.run_date = ? AND p.origin = 'RELEASED' ORDER BY p.file_seq, p.source_row",
                (rs, n) -> RefundRecord.builder()
                        .refundId(rs.getString(1))
                        .runDate(rs.getDate(2).toLocalDate())
                        .studentId(rs.getString(3))
                        .lastName(rs.getString(4))
                        .firstName(rs.getString(5))
                        .microCredential(rs.getString(6))
                        .academicYear(rs.getString(7))
                        .withdrawalDate(rs.getDate(8).toLocalDate())
                        .rule(RefundRule.valueOf(rs.getString(9)))
                        .fullRefundBefore(rs.getDate(10).toLocalDate())
                        .noRefundFrom(rs.getDate(11).toLocalDate())
                        .registrationFee(rs.getBigDecimal(12))
                        .entitlement(rs.getBigDecimal(13))
                        .amountPaid(rs.getBigDecimal(14))
                        .refundAmount(rs.getBigDecimal(15))
                        .status(RefundStatus.PAYABLE)
                        .iban(rs.getString(16))
                        .bic(rs.getString(17))
                        .reference(rs.getString(18))
                        .sourceFile(rs.getString(19))
                        .fileSeq(rs.getInt(20))
                        .sourceRow(rs.getInt(21))
                        .build(),
                Date.valueOf(runDate));
    }

    /** The attempt a bank answer names by its EndToEndId. */
    public Optional<PaymentAttempt> byEndToEndId(String endToEndId) {
        return jdbc.query("SELECT " + ATTEMPT_COLUMNS + " FROM payment WHERE end_to_end_id = ?",
                (rs, n) -> attempt(rs), endToEndId).stream().findFirst();
    }

    /** The attempts carried by the bank file with this message id, in EndToEndId order. */
    public List<PaymentAttempt> ofMessage(String msgId) {
        return jdbc.query("SELECT " + ATTEMPT_COLUMNS + " FROM payment WHERE run_date IN"
                + " (SELECT run_date FROM issued_message WHERE msg_id = ?) ORDER BY end_to_end_id",
                (rs, n) -> attempt(rs), msgId);
    }

    /** Every attempt to pay a refund, first to last. */
    public List<PaymentAttempt> ofRefund(String refundId) {
        return jdbc.query("SELECT " + ATTEMPT_COLUMNS + " FROM payment WHERE refund_id = ? ORDER BY attempt_no",
                (rs, n) -> attempt(rs), refundId);
    }

    private static PaymentAttempt attempt(ResultSet rs) throws SQLException {
        return new PaymentAttempt(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                rs.getBigDecimal(5), rs.getString(6));
    }
}
