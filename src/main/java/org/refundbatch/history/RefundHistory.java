package org.refundbatch.history;

import java.io.PrintStream;
import java.util.List;

import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEvent;
import org.refundbatch.ledger.RefundEventRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** Prints the events of a refund, or of every refund of a student, with accounts masked. */
public class RefundHistory {

    private final JdbcTemplate jdbc;
    private final RefundEventRepository events;

    public RefundHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.events = new RefundEventRepository(jdbc, new LedgerRepository(jdbc));
    }

    private record Refund(String refundId, String studentId, String lastName, String firstName,
                          String microCredential, String academicYear, String amount, String state) {
    }

    /**
     * Prints the history of the refund with this id or, when there is none, of every refund of the student with
     * this id.
     *
     * @return false when there is no such refund or student
     */
    public boolean print(String refundOrStudentId, PrintStream out) {
        String sql = "SELECT refund_id, student_id, last_name, first_name, micro_credential, academic_year,"
                + " refund_amount, state FROM refund WHERE ";
        List<Refund> refunds = jdbc.query(sql + "refund_id = ?", (rs, n) -> refund(rs), refundOrStudentId);
        if (refunds.isEmpty()) {
            refunds = jdbc.query(sql + "student_id = ? ORDER BY refund_id", (rs, n) -> refund(rs), refundOrStudentId);
        }
        for (Refund refund : refunds) {
            out.printf("Refund %s: student %s %s %s, %s %s, %s euro, now %s%n", refund.refundId(), refund.studentId(),
                    refund.lastName(), refund.firstName(), refund.microCredential(), refund.academicYear(),
                    refund.amount(), refund.state());
            for (RefundEvent e : events.events(refund.refundId())) {
                out.println("  " + line(e));
            }
        }
        return !refunds.isEmpty();
    }

    private static Refund refund(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Refund(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7).toPlainString(), rs.getString(8));
    }

    static String line(RefundEvent e) {
        StringBuilder line = new StringBuilder(String.format("%2d  %s  %-22s %s", e.seq(), e.runDate(),
                (e.from() == null ? "decided" : e.from().name()) + " -> " + e.to(), e.sourceFile()));
        if (e.sourceRow() != null) {
            line.append(" row ").append(e.sourceRow());
        }
        if (e.iban() != null) {
            line.append("  account ").append(mask(e.iban()));
        }
        if (e.reasonCode() != null || e.reasonText() != null) {
            line.append("  reason ").append(e.reasonCode() == null ? "" : e.reasonCode() + " ")
                    .append(e.reasonText() == null ? "" : e.reasonText());
        }
        return line.toString().stripTrailing();
    }

    /** An account with every character but the last four hidden. */
    static String mask(String iban) {
        int shown = Math.min(4, iban.length());
        return "*".repeat(iban.length() - shown) + iban.substring(iban.length() - shown);
    }
}
