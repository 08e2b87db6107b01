package org.refundbatch.bench;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/**
 * The floor of the ledger: plain JDBC batch inserts of as many refunds, credit records and rejects as a run
 * writes, committed every chunk, into a new HSQLDB file database with the application's own URL settings
 * and tables (its Flyway migrations); then the exports' three queries read back, page by page as the ledger
 * reads them, every column of every row;
 * then the database is closed. Prints {@code FLOOR db-insert}, {@code FLOOR db-read} and {@code FLOOR db-close}.
 *
 * <p>Arguments: home refunds creditRecords rejects [chunkSize]
 */
public final class FloorLedger {

    private static final Date RUN = Date.valueOf(LocalDate.of(2027, 8, 31));

    private FloorLedger() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int refunds = Integer.parseInt(args[1]);
        int credits = Integer.parseInt(args[2]);
        int rejects = Integer.parseInt(args[3]);
        int chunk = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        String url = applicationUrl(home);
        Flyway.configure().dataSource(url, "SA", "")
                .locations("classpath:db/migration/hsqldb", "classpath:db/migration/common").load().migrate();
        Connection db = DriverManager.getConnection(url, "SA", "");
        db.setAutoCommit(false);
        long started = System.nanoTime();
        insert(db, refunds, credits, rejects, chunk);
        long inserted = System.nanoTime();
        long[] rows = readBack(db, refunds + rejects + 1);
        long read = System.nanoTime();
        db.close();
        long closed = System.nanoTime();
        System.out.printf("FLOOR db-insert %d ms (%d refunds, %d credit records, %d rejects, commit every %d)%n",
                (inserted - started) / 1_000_000, refunds, credits, rejects, chunk);
        System.out.printf("FLOOR db-read %d ms (%d rows, %d values)%n", (read - inserted) / 1_000_000, rows[0],
                rows[1]);
        System.out.printf("FLOOR db-close %d ms%n", (closed - read) / 1_000_000);
    }

    /** The application's {@code spring.datasource.url}, with its {@code refund.home} set to {@code home}. */
    static String applicationUrl(Path home) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = FloorLedger.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url").replace("${refund.home}", home.toString());
    }

    private static void insert(Connection db, int refunds, int credits, int rejects, int chunk) throws Exception {
        try (PreparedStatement refund = db.prepareStatement("INSERT INTO refund (refund_id, run_date, refund_key,"
                + " student_id, last_name, first_name, micro_credential, academic_year, withdrawal_date, rule_code,"
                + " full_refund_before, no_refund_from, registration_fee, entitlement, amount_paid, refund_amount,"
                + " status, iban, bic, reference, source_file, file_seq, source_row)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement credit = db.prepareStatement("INSERT INTO credit_record (refund_id, line_no,"
                     + " course_unit, course_unit_name, semester, credits, tuition_per_credit, amount, credit_status)"
                     + " VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement reject = db.prepareStatement("INSERT INTO reject (run_date, file_seq, source_row,"
                     + " source_file, column_name, column_value, reason, student_id, last_name, first_name,"
                     + " micro_credential, academic_year, withdrawal_date, amount_paid, iban, bic, reference)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int total = refunds + rejects;
            int refundNo = 0;
            int rejectsInChunk = 0;
            for (int row = 1; row <= total; row++) {
                boolean isReject = rejects > 0 && (long) row * rejects / total != (long) (row - 1) * rejects / total;
                if (isReject) {
                    addReject(reject, row);
                    rejectsInChunk++;
                } else {
                    String id = "R20270831-001-" + FloorOutputs.padded(row + 1, 7);
                    addRefund(refund, id, row);
                    int lines = (int) ((long) (refundNo + 1) * credits / refunds - (long) refundNo * credits / refunds);
                    for (int line = 1; line <= lines; line++) {
                        addCredit(credit, id, line);
                    }
                    refundNo++;
                }
                if (row % chunk == 0 || row == total) {
                    refund.executeBatch();
                    credit.executeBatch();
                    if (rejectsInChunk > 0) { // HSQLDB refuses an empty batch
                        reject.executeBatch();
                        rejectsInChunk = 0;
                    }
                    db.commit();
                }
            }
        }
    }

    private static void addRefund(PreparedStatement ps, String id, int row) throws Exception {
        String student = FloorOutputs.padded(row * 7L, 8);
        ps.setString(1, id);
        ps.setDate(2, RUN);
        ps.setString(3, student + "|MC-DATASC1|2026-2027");
        ps.setString(4, student);
        ps.setString(5, "Van den Broeck");
        ps.setString(6, "Olivia");
        ps.setString(7, "MC-DATASC1");
        ps.setString(8, "2026-2027");
        ps.setDate(9, Date.valueOf(LocalDate.of(2026, 11, 1).plusDays(row % 120)));
        ps.setString(10, "SECOND_SEMESTER_TUITION");
        ps.setDate(11, Date.valueOf(LocalDate.of(2026, 11, 1)));
        ps.setDate(12, Date.valueOf(LocalDate.of(2027, 3, 15)));
        ps.setBigDecimal(13, new BigDecimal("495.00"));
        ps.setBigDecimal(14, new BigDecimal("124.20"));
        ps.setBigDecimal(15, row % 3 == 0 ? null : new BigDecimal("495.00"));
        ps.setBigDecimal(16, new BigDecimal("124.20"));
        ps.setString(17, "PAYABLE");
        ps.setString(18, "BE68539007547034");
        ps.setString(19, row % 5 == 0 ? "GKCCBEBB" : null);
        ps.setString(20, "WD-2026-" + FloorOutputs.padded(row, 7));
        ps.setString(21, "withdrawals.csv");
        ps.setInt(22, 1);
        ps.setInt(23, row + 1);
        ps.addBatch();
    }

    private static void addCredit(PreparedStatement ps, String id, int line) throws Exception {
        ps.setString(1, id);
        ps.setInt(2, line);
        ps.setString(3, "DA-10" + line);
        ps.setString(4, "Module " + line + " of MC-DATASC1");
        ps.setString(5, line % 2 == 0 ? "2" : "1");
        ps.setBigDecimal(6, new BigDecimal("6.0"));
        ps.setBigDecimal(7, new BigDecimal("13.80"));
        ps.setBigDecimal(8, new BigDecimal("82.80"));
        ps.setString(9, line % 2 == 0 ? "REFUNDED" : "RETAINED");
        ps.addBatch();
    }

    private static void addReject(PreparedStatement ps, int row) throws Exception {
        ps.setDate(1, RUN);
        ps.setInt(2, 1);
        ps.setInt(3, row + 1);
        ps.setString(4, "withdrawals.csv");
        ps.setString(5, "withdrawal_date");
        ps.setString(6, "31/02/2026");
        ps.setString(7, "'31/02/2026' is not a date (Invalid date 'FEBRUARY 31'; use dd/mm/yyyy)");
        String[] original = {FloorOutputs.padded(row * 7L, 8), "Peeters", "Anna", "MC-DATASC1",
                "2026-2027", "31/02/2026", "495.00", "BE68539007547034", null, "WD-2026-0000001"};
        for (int i = 0; i < original.length; i++) {
            ps.setString(8 + i, original[i]);
        }
        ps.addBatch();
    }

    /**
     * The exports' queries, as the ledger runs them (a page of 5,000 source rows at a time, see
     * LedgerRepository), every column of every row read.
     */
    private static long[] readBack(Connection db, int lastRow) throws Exception {
        String page = "run_date = ? AND file_seq = ? AND source_row > ? AND source_row <= ?";
        String[] queries = {
            "SELECT * FROM refund WHERE " + page + " ORDER BY source_row",
            "SELECT c.refund_id, c.line_no, r.student_id, r.micro_credential, r.academic_year, c.course_unit,"
                    + " c.course_unit_name, c.semester, c.credits, c.tuition_per_credit, c.amount, c.credit_status"
                    + " FROM refund r JOIN credit_record c ON c.refund_id = r.refund_id WHERE "
                    + page.replace("run_date", "r.run_date").replace("file_seq", "r.file_seq")
                    .replace("source_row", "r.source_row") + " ORDER BY r.source_row, c.line_no",
            "SELECT * FROM reject WHERE " + page + " ORDER BY source_row"};
        long rows = 0;
        long values = 0;
        for (String sql : queries) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (int after = -1; after < lastRow; after += 5_000) {
                    ps.setDate(1, RUN);
                    ps.setInt(2, 1);
                    ps.setInt(3, after);
                    ps.setInt(4, after + 5_000);
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            rows++;
                            for (int i = 1; i <= columns; i++) {
                                values += rs.getObject(i) == null ? 0 : 1;
                            }
                        }
                    }
                }
            }
        }
        db.commit();
        return new long[] {rows, values};
    }
}
