package org.refundbatch.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/**
 * The floor of the ledger: plain JDBC of the same rows the job writes, with the same keys in the same order, into
 * the application's own tables (its Flyway migrations): for each row of the night's {@code ledger-rows.tsv} (see
 * {@code WithdrawalMix#ledgerLine}), a refund with its credit records, its decision event and, when payable, its
 * payment, or a reject; batch inserts committed every chunk of rows. Then the exports' three queries read back,
 * page by page as the ledger reads them, every column of every row; the night's payments moved to {@code SENT}
 * (an update and an event each, committed every 5,000); the refunds and rejects read once more, as the feedback workbooks read them; and
 * the database closed. Releases (a few dozen rows a night) are left out. Prints {@code FLOOR db-insert},
 * {@code db-read}, {@code db-sent}, {@code db-read-feedback} and {@code db-close}.
 *
 * <p>Arguments: home ledger-rows.tsv runDate [chunkSize]. The database is HSQLDB in {@code home} with the
 * application's URL, or the one of {@code -Dfloor.url} (with {@code floor.user} and {@code floor.password}), where
 * an earlier night's floor may already be.
 */
public final class FloorLedger {

    private static final int PAGE = 5_000;
    /** The refunds moved to SENT per transaction: as many as the job's page of sheet rows can hold. */
    private static final int SENT_PAGE = 5_000;

    private final Connection db;
    private final Date run;
    private final String idPrefix;

    private FloorLedger(Connection db, LocalDate runDate) {
        this.db = db;
        this.run = Date.valueOf(runDate);
        this.idPrefix = "R" + runDate.toString().replace("-", "") + "-001-";
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path ledgerRows = Path.of(args[1]);
        LocalDate runDate = LocalDate.parse(args[2]);
        int chunk = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        String url = System.getProperty("floor.url", applicationUrl(home));
        String user = System.getProperty("floor.user", "SA");
        String password = System.getProperty("floor.password", "");
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "hsqldb";
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/" + vendor, "classpath:db/migration/common").load().migrate();
        Connection db = DriverManager.getConnection(url, user, password);
        db.setAutoCommit(false);
        FloorLedger floor = new FloorLedger(db, runDate);
        long started = System.nanoTime();
        int[] counts = floor.insert(ledgerRows, chunk);
        long inserted = System.nanoTime();
        int lastRow = counts[4] + 1;
        long[] rows = floor.readBack(lastRow, true);
        long read = System.nanoTime();
        int sent = floor.markSent(chunk);
        long marked = System.nanoTime();
        long[] again = floor.readBack(lastRow, false);
        long readAgain = System.nanoTime();
        db.close(); // HSQLDB: shutdown=true in the URL, a checkpoint
        long closed = System.nanoTime();
        System.out.printf("FLOOR db-insert %d ms (%d refunds, %d credit records, %d payments, %d rejects, commit every"
                + " %d rows)%n", (inserted - started) / 1_000_000, counts[0], counts[1], counts[2], counts[3], chunk);
        System.out.printf("FLOOR db-read %d ms (%d rows, %d values)%n", (read - inserted) / 1_000_000, rows[0],
                rows[1]);
        System.out.printf("FLOOR db-sent %d ms (%d refunds)%n", (marked - read) / 1_000_000, sent);
        System.out.printf("FLOOR db-read-feedback %d ms (%d rows)%n", (readAgain - marked) / 1_000_000, again[0]);
        System.out.printf("FLOOR db-close %d ms%n", (closed - readAgain) / 1_000_000);
    }

    /** The application's {@code spring.datasource.url}, with its {@code refund.home} set to {@code home}. */
    static String applicationUrl(Path home) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = FloorLedger.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url").replace("${refund.home}", home.toString());
    }

    /** @return refunds, credit records, payments, rejects and rows written */
    private int[] insert(Path ledgerRows, int chunk) throws Exception {
        int refunds = 0;
        int credits = 0;
        int payments = 0;
        int rejects = 0;
        int row = 0;
        try (BufferedReader lines = Files.newBufferedReader(ledgerRows, StandardCharsets.UTF_8);
             PreparedStatement refund = db.prepareStatement("INSERT INTO refund (refund_id, run_date, refund_key,"
                     + " student_id, last_name, first_name, micro_credential, academic_year, withdrawal_date, rule_code,"
                     + " full_refund_before, no_refund_from, registration_fee, entitlement, amount_paid, refund_amount,"
                     + " status, iban, bic, reference, source_file, file_seq, source_row, hold_reason, state,"
                     + " state_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement credit = db.prepareStatement("INSERT INTO credit_record (refund_id, line_no,"
                     + " course_unit, course_unit_name, semester, credits, tuition_per_credit, amount, credit_status)"
                     + " VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement event = db.prepareStatement("INSERT INTO refund_event (refund_id, event_seq,"
                     + " from_state, to_state, run_date, source_file, source_row, reason_code, reason_text, iban)"
                     + " VALUES (?,1,NULL,?,?,?,?,NULL,NULL,?)");
             PreparedStatement payment = db.prepareStatement("INSERT INTO payment (refund_id, attempt_no, run_date,"
                     + " origin, iban, bic, amount, end_to_end_id, source_file, file_seq, source_row)"
                     + " VALUES (?,1,?,'DECIDED',?,?,?,?,?,?,?)");
             PreparedStatement reject = db.prepareStatement("INSERT INTO reject (run_date, file_seq, source_row,"
                     + " source_file, column_name, column_value, reason, student_id, last_name, first_name,"
                     + " micro_credential, academic_year, withdrawal_date, amount_paid, iban, bic, reference)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int[] inChunk = new int[5];
            String line;
            while ((line = lines.readLine()) != null) {
                row++;
                if (line.startsWith("R\t")) {
                    String[] fields = line.split("\t");
                    String id = idPrefix + FloorOutputs.padded(row + 1, 7);
                    String status = fields[2];
                    addRefund(refund, id, fields[1], status, row);
                    addEvent(event, id, status, row);
                    inChunk[0]++;
                    if (status.equals("PAYABLE")) {
                        addPayment(payment, id, row);
                        inChunk[1]++;
                        payments++;
                    }
                    int lineCount = Integer.parseInt(fields[3]);
                    for (int n = 1; n <= lineCount; n++) {
                        addCredit(credit, id, n);
                    }
                    inChunk[2] += lineCount;
                    credits += lineCount;
                    refunds++;
                } else if (line.equals("J")) {
                    addReject(reject, row);
                    inChunk[3]++;
                    rejects++;
                }
                if (row % chunk == 0) {
                    flush(inChunk, refund, event, payment, credit, reject);
                }
            }
            flush(inChunk, refund, event, payment, credit, reject);
        }
        return new int[] {refunds, credits, payments, rejects, row};
    }

    /** Runs the chunk's batches (HSQLDB refuses an empty one) and commits. */
    private void flush(int[] inChunk, PreparedStatement refund, PreparedStatement event, PreparedStatement payment,
                       PreparedStatement credit, PreparedStatement reject) throws Exception {
        if (inChunk[0] > 0) {
            refund.executeBatch();
            event.executeBatch();
        }
        if (inChunk[1] > 0) {
            payment.executeBatch();
        }
        if (inChunk[2] > 0) {
            credit.executeBatch();
        }
        if (inChunk[3] > 0) {
            reject.executeBatch();
        }
        Arrays.fill(inChunk, 0);
        db.commit();
    }

    /** The night's payable refunds move to {@code SENT}: the state updated and an event each, in batches. */
    private int markSent(int chunk) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT refund_id FROM payment WHERE run_date = ?")) {
            ps.setDate(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE refund SET state = 'SENT', state_date = ?"
                + " WHERE refund_id = ?");
             PreparedStatement event = db.prepareStatement("INSERT INTO refund_event (refund_id, event_seq,"
                     + " from_state, to_state, run_date, source_file, source_row, reason_code, reason_text, iban)"
                     + " VALUES (?,2,'PAYABLE','SENT',?,?,NULL,NULL,NULL,?)")) {
            for (int i = 0; i < ids.size(); i++) {
                update.setDate(1, run);
                update.setString(2, ids.get(i));
                update.addBatch();
                event.setString(1, ids.get(i));
                event.setDate(2, run);
                event.setString(3, "reimbursements.xml");
                event.setString(4, "BE68539007547034");
                event.addBatch();
                if ((i + 1) % chunk == 0 || i == ids.size() - 1) {
                    update.executeBatch();
                    event.executeBatch();
                }
                if ((i + 1) % SENT_PAGE == 0) {
                    db.commit(); // as the job commits each page: a transaction of a million updates exhausts the heap
                }
            }
        }
        db.commit();
        return ids.size();
    }

    private void addRefund(PreparedStatement ps, String id, String key, String status, int row) throws Exception {
        String[] parts = key.split("\\|");
        ps.setString(1, id);
        ps.setDate(2, run);
        ps.setString(3, key);
        ps.setString(4, parts[0]);
        ps.setString(5, "Van den Broeck");
        ps.setString(6, "Olivia");
        ps.setString(7, parts[1]);
        ps.setString(8, parts[2]);
        ps.setDate(9, Date.valueOf(LocalDate.of(2026, 11, 1).plusDays(row % 120)));
        ps.setString(10, "SECOND_SEMESTER_TUITION");
        ps.setDate(11, Date.valueOf(LocalDate.of(2026, 11, 1)));
        ps.setDate(12, Date.valueOf(LocalDate.of(2027, 3, 15)));
        ps.setBigDecimal(13, new BigDecimal("495.00"));
        ps.setBigDecimal(14, new BigDecimal("124.20"));
        ps.setBigDecimal(15, row % 3 == 0 ? null : new BigDecimal("495.00"));
        ps.setBigDecimal(16, new BigDecimal("124.20"));
        ps.setString(17, status);
        ps.setString(18, status.equals("ON_HOLD") ? null : "BE68539007547034");
        ps.setString(19, row % 5 == 0 ? "GKCCBEBB" : null);
        ps.setString(20, "WD-2026-" + FloorOutputs.padded(row, 7));
        ps.setString(21, "withdrawals.csv");
        ps.setInt(22, 1);
        ps.setInt(23, row + 1);
        ps.setString(24, null);
        ps.setString(25, status);
        ps.setDate(26, run);
        ps.addBatch();
    }

    private void addEvent(PreparedStatement ps, String id, String status, int row) throws Exception {
        ps.setString(1, id);
        ps.setString(2, status);
        ps.setDate(3, run);
        ps.setString(4, "withdrawals.csv");
        ps.setInt(5, row + 1);
        ps.setString(6, status.equals("ON_HOLD") ? null : "BE68539007547034");
        ps.addBatch();
    }

    private void addPayment(PreparedStatement ps, String id, int row) throws Exception {
        ps.setString(1, id);
        ps.setDate(2, run);
        ps.setString(3, "BE68539007547034");
        ps.setString(4, row % 5 == 0 ? "GKCCBEBB" : null);
        ps.setBigDecimal(5, new BigDecimal("124.20"));
        ps.setString(6, id);
        ps.setString(7, "withdrawals.csv");
        ps.setInt(8, 1);
        ps.setInt(9, row + 1);
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

    private void addReject(PreparedStatement ps, int row) throws Exception {
        ps.setDate(1, run);
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
     * LedgerRepository), every column of every row read; without the credit records, the feedback's.
     */
    private long[] readBack(int lastRow, boolean withCredits) throws Exception {
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
            if (!withCredits && sql.contains("credit_record")) {
                continue;
            }
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (int after = -1; after < lastRow; after += PAGE) {
                    ps.setDate(1, run);
                    ps.setInt(2, 1);
                    ps.setInt(3, after);
                    ps.setInt(4, after + PAGE);
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
