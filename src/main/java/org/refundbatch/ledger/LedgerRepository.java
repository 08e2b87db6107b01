package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.refundbatch.policy.CreditStatus;
import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads and writes refunds, credit records and rejects: plain SQL that HSQLDB and PostgreSQL both run. */
public class LedgerRepository {

    private static final String REFUND_COLUMNS = "refund_id, run_date, refund_key, student_id, last_name, first_name,"
            + " micro_credential, academic_year, withdrawal_date, rule_code, full_refund_before, no_refund_from,"
            + " registration_fee, entitlement, amount_paid, refund_amount, status, iban, bic, reference, source_file,"
            + " file_seq, source_row, hold_reason";
    /** The reject's own columns, then a column for each of the row's original values, named as {@link Column}. */
    static final String REJECT_COLUMNS = "run_date, file_seq, source_row, source_file, column_name,"
            + " column_value, reason, " + String.join(", ", Column.headers());
    /** The parameter of the first original value, after the reject's own seven. */
    private static final int FIRST_ORIGINAL = 8;

    /** Source rows per query when the exports read a run back. */
    static final int PAGE_ROWS = 5_000;

    private final JdbcTemplate jdbc;

    public LedgerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertRefunds(List<RefundRecord> refunds) {
        // state: a refund starts in the status it was decided with, as of its run date (see RefundEventRepository)
        jdbc.batchUpdate("INSERT INTO refund (" + REFUND_COLUMNS + ", state, state_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                refunds, refunds.size(), (ps, r) -> {
                    int i = 1;
                    ps.setString(i++, r.refundId());
                    ps.setDate(i++, Date.valueOf(r.runDate()));
                    ps.setString(i++, r.refundKey());
                    ps.setString(i++, r.studentId());
                    ps.setString(i++, r.lastName());
                    ps.setString(i++, r.firstName());
                    ps.setString(i++, r.microCredential());
                    ps.setString(i++, r.academicYear());
                    ps.setDate(i++, Date.valueOf(r.withdrawalDate()));
                    ps.setString(i++, r.rule().name());
                    ps.setDate(i++, Date.valueOf(r.fullRefundBefore()));
                    ps.setDate(i++, Date.valueOf(r.noRefundFrom()));
                    ps.setBigDecimal(i++, r.registrationFee());
                    ps.setBigDecimal(i++, r.entitlement());
                    ps.setBigDecimal(i++, r.amountPaid());
                    ps.setBigDecimal(i++, r.refundAmount());
                    ps.setString(i++, r.status().name());
                    ps.setString(i++, r.iban());
                    ps.setString(i++, r.bic());
                    ps.setString(i++, r.reference());
                    ps.setString(i++, r.sourceFile());
                    ps.setInt(i++, r.fileSeq());
                    ps.setInt(i++, r.sourceRow());
                    ps.setString(i++, r.holdReason());
                    ps.setString(i++, r.status().name());
                    ps.setDate(i, Date.valueOf(r.runDate()));
                });
    }

    public void insertCreditRecords(List<CreditRecord> records) {
        jdbc.batchUpdate("INSERT INTO credit_record (refund_id, line_no, course_unit, course_unit_name, semester, credits,"
                + " tuition_per_credit, amount, credit_status) VALUES (?,?,?,?,?,?,?,?,?)", records, records.size(),
                (ps, c) -> {
                    ps.setString(1, c.refundId());
                    ps.setInt(2, c.lineNo());
                    ps.setString(3, c.courseUnit());
                    ps.setString(4, c.courseUnitName());
                    ps.setString(5, c.semester());
                    ps.setBigDecimal(6, c.credits());
                    ps.setBigDecimal(7, c.tuitionPerCredit());
                    ps.setBigDecimal(8, c.amount());
                    ps.setString(9, c.creditStatus().name());
                });
    }

    public void insertRejects(LocalDate runDate, List<RejectRecord> rejects) {
        jdbc.batchUpdate("INSERT INTO reject (" + REJECT_COLUMNS + ") VALUES ("
                + String.join(",", Collections.nCopies(FIRST_ORIGINAL - 1 + Column.values().length, "?")) + ")",
                rejects, rejects.size(), (ps, r) -> {
                    ps.setDate(1, Date.valueOf(runDate));
                    ps.setInt(2, r.fileSeq());
                    ps.setInt(3, r.sourceRow());
                    ps.setString(4, ColumnText.cut(r.sourceFile(), ColumnText.FILE_NAME));
                    ps.setString(5, ColumnText.cut(r.column(), ColumnText.COLUMN_NAME));
                    ps.setString(6, ColumnText.cut(r.value(), ColumnText.TEXT));
                    ps.setString(7, ColumnText.cut(r.reason(), ColumnText.TEXT));
                    for (Column column : Column.values()) {
                        String value = r.original(column);
                        if (value == null || value.isEmpty()) {
                            ps.setNull(FIRST_ORIGINAL + column.ordinal(), Types.VARCHAR);
                        } else {
                            ps.setString(FIRST_ORIGINAL + column.ordinal(), ColumnText.cut(value, ColumnText.TEXT));
                        }
                    }
                });
    }

    /**
     * Takes back what the intake wrote for one file of the run — its refunds with their credit records and its
     * row rejects — when the file turned out damaged further down: the file is rejected whole (DESIGN §7), and
     * the keys its refunds claimed are free again for a later file. Their events and payments go first: see
     * {@link RefundEventRepository#takeBackFile}.
     */
    public void takeBackFile(LocalDate runDate, int fileSeq) {
        Date run = Date.valueOf(runDate);
        String fileRefunds = "SELECT refund_id FROM refund WHERE run_date = ? AND file_seq = ?";
        jdbc.update("DELETE FROM credit_record WHERE refund_id IN (" + fileRefunds + ")", run, fileSeq);
        jdbc.update("DELETE FROM refund WHERE run_date = ? AND file_seq = ?", run, fileSeq);
        jdbc.update("DELETE FROM reject WHERE run_date = ? AND file_seq = ? AND source_row > 0", run, fileSeq);
    }

    /** The run's refunds in the order the rows were read, a page at a time. */
    public Stream<RefundRecord> refunds(LocalDate runDate) {
        return pages("refund", "SELECT " + REFUND_COLUMNS + " FROM refund WHERE " + page("") + " ORDER BY source_row",
                Date.valueOf(runDate), (rs, n) -> refund(rs));
    }

    /** The count and sum of the run's refund amounts of one status, for a bank file's header. */
    public PaymentTotals totals(LocalDate runDate, RefundStatus status) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(refund_amount), 0) FROM refund"
                + " WHERE run_date = ? AND status = ?", (rs, n) -> new PaymentTotals(rs.getLong(1),
                Money.of(rs.getBigDecimal(2))), Date.valueOf(runDate), status.name());
    }

    /** How many refunds and how much money. */
    public record PaymentTotals(long count, BigDecimal sum) {
    }

    /** The run's credit records, refund by refund, line by line, a page at a time. */
    public Stream<CreditRecord> creditRecords(LocalDate runDate) {
        return pages("refund", "SELECT c.refund_id, c.line_no, r.student_id, r.micro_credential, r.academic_year,"
                + " c.course_unit, c.course_unit_name, c.semester, c.credits, c.tuition_per_credit, c.amount,"
                + " c.credit_status FROM refund r JOIN credit_record c ON c.refund_id = r.refund_id WHERE "
                + page("r.") + " ORDER BY r.source_row, c.line_no", Date.valueOf(runDate),
                (rs, n) -> new CreditRecord(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), CreditStatus.valueOf(rs.getString(12))));
    }

    /** The run's rejects: whole files first, then rows in the order they were read, a page at a time. */
    public Stream<RejectRecord> rejects(LocalDate runDate) {
        return pages("reject", "SELECT " + REJECT_COLUMNS + " FROM reject WHERE " + page("") + " ORDER BY source_row",
                Date.valueOf(runDate), (rs, n) -> {
                    List<String> original = new ArrayList<>(Column.values().length);
                    for (Column column : Column.values()) {
                        original.add(rs.getString(FIRST_ORIGINAL + column.ordinal()));
                    }
                    return new RejectRecord(rs.getString(4), rs.getInt(2), rs.getInt(3), rs.getString(5),
                            rs.getString(6), rs.getString(7), original);
                });
    }

    /** The rows of one page: the source rows of a file of the run after one and up to another. */
    private static String page(String alias) {
        return alias + "run_date = ? AND " + alias + "file_seq = ? AND " + alias + "source_row > ? AND " + alias
                + "source_row <= ?";
    }

    /**
     * A query over the run's rows, read lazily a page at a time: file by file, in the order the run staged
     * them, {@value #PAGE_ROWS} source rows per query. The database builds a query's whole result before its
     * first row is read (HSQLDB does, and so does PostgreSQL's driver outside a cursor), so one query over the
     * million rows of a night would not fit in a small heap; a page does, and it is a range of the index on
     * (run_date, file_seq, source_row). Only the page being consumed is in memory.
     *
     * @param table the table whose source rows are paged: {@code refund} or {@code reject}
     * @param sql a query whose parameters are {@code leading}, then those of {@link #page}
     */
    private <T> Stream<T> pages(String table, String sql, Date run, RowMapper<T> mapper, Object... leading) {
        List<Integer> files = jdbc.queryForList("SELECT file_seq FROM staged_file WHERE run_date = ? ORDER BY file_seq",
                Integer.class, run);
        Iterator<T> rows = new Iterator<>() {
            private int file = -1;
            private int pageCount;
            private int page;
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (page == pageCount) {
                        if (file + 1 >= files.size()) {
                            return false;
                        }
                        file++;
                        Integer last = jdbc.queryForObject("SELECT MAX(source_row) FROM " + table
                                + " WHERE run_date = ? AND file_seq = ?", Integer.class, run, files.get(file));
                        pageCount = last == null ? 0 : (last + 1) / PAGE_ROWS + 1;
                        page = 0;
                        continue;
                    }
                    int after = -1 + page++ * PAGE_ROWS;
                    Object[] args = Arrays.copyOf(leading, leading.length + 4);
                    args[leading.length] = run;
                    args[leading.length + 1] = files.get(file);
                    args[leading.length + 2] = after;
                    args[leading.length + 3] = after + PAGE_ROWS;
                    current = jdbc.query(sql, mapper, args).iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        // not Stream.flatMap: its iterator() takes in a whole inner stream at once, here every page of a file
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private static RefundRecord refund(ResultSet rs) throws SQLException {
        return RefundRecord.builder()
                .refundId(rs.getString("refund_id"))
                .runDate(rs.getDate("run_date").toLocalDate())
                .studentId(rs.getString("student_id"))
                .lastName(rs.getString("last_name"))
                .firstName(rs.getString("first_name"))
                .microCredential(rs.getString("micro_credential"))
                .academicYear(rs.getString("academic_year"))
                .withdrawalDate(rs.getDate("withdrawal_date").toLocalDate())
                .rule(RefundRule.valueOf(rs.getString("rule_code")))
                .fullRefundBefore(rs.getDate("full_refund_before").toLocalDate())
                .noRefundFrom(rs.getDate("no_refund_from").toLocalDate())
                .registrationFee(rs.getBigDecimal("registration_fee"))
                .entitlement(rs.getBigDecimal("entitlement"))
                .amountPaid(rs.getBigDecimal("amount_paid"))
                .refundAmount(rs.getBigDecimal("refund_amount"))
                .status(RefundStatus.valueOf(rs.getString("status")))
                .iban(rs.getString("iban"))
                .bic(rs.getString("bic"))
                .reference(rs.getString("reference"))
                .sourceFile(rs.getString("source_file"))
                .fileSeq(rs.getInt("file_seq"))
                .sourceRow(rs.getInt("source_row"))
                .holdReason(rs.getString("hold_reason"))
                .build();
    }

}
