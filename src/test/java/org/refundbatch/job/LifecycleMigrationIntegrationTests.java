package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A ledger of earlier nights, migrated: every refund gets its decision event and state, a payable one its first
 * payment, and {@code SENT} when its night's bank file was issued.
 */
@DatabaseTest
class LifecycleMigrationIntegrationTests {

    @TempDir
    Path home;

    @Test
    void givesEveryExistingRefundItsDecisionAndSentWhereItsBankFileWasIssued() {
        Map<String, String> settings = TestDatabase.settings(home);
        DriverManagerDataSource db = new DriverManagerDataSource(settings.get("spring.datasource.url"),
                settings.getOrDefault("spring.datasource.username", "SA"),
                settings.getOrDefault("spring.datasource.password", ""));
        String vendor = TestDatabase.postgresql() ? "postgresql" : "hsqldb";
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + vendor, "classpath:db/migration/common")
                .target(MigrationVersion.fromVersion("4")).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        refund(jdbc, "R20261130-001-0000002", "2026-11-30", "PAYABLE", "BE68539007547034", "495.00", 2);
        refund(jdbc, "R20261130-001-0000003", "2026-11-30", "ON_HOLD", null, "384.60", 3);
        refund(jdbc, "R20261130-001-0000004", "2026-11-30", "NOTHING_DUE", null, "0.00", 4);
        refund(jdbc, "R20261201-001-0000002", "2026-12-01", "PAYABLE", "BE71096123456769", "55.20", 2);
        jdbc.update("INSERT INTO issued_message (msg_id, run_date, created_at, nb_of_txs, ctrl_sum) VALUES"
                + " ('REFUND-20261130', DATE '2026-11-30', TIMESTAMP '2026-11-30 23:10:00', 1, 495.00)");

        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + vendor, "classpath:db/migration/common")
                .load().migrate();

        assertThat(jdbc.queryForList("SELECT refund_id || ' ' || state FROM refund ORDER BY refund_id", String.class))
                .containsExactly("R20261130-001-0000002 SENT", "R20261130-001-0000003 ON_HOLD",
                        "R20261130-001-0000004 NOTHING_DUE", "R20261201-001-0000002 PAYABLE");
        assertThat(jdbc.queryForList("SELECT refund_id || ' ' || event_seq || ' ' || COALESCE(from_state, '-') || '>'"
                + " || to_state || ' ' || source_file || ' ' || COALESCE(iban, '-') FROM refund_event"
                + " ORDER BY refund_id, event_seq", String.class)).containsExactly(
                "R20261130-001-0000002 1 ->PAYABLE week1.csv BE68539007547034",
                "R20261130-001-0000002 2 PAYABLE>SENT reimbursements-2026-11-30.xml BE68539007547034",
                "R20261130-001-0000003 1 ->ON_HOLD week1.csv -",
                "R20261130-001-0000004 1 ->NOTHING_DUE week1.csv -",
                "R20261201-001-0000002 1 ->PAYABLE week1.csv BE71096123456769");
        assertThat(jdbc.queryForList("SELECT refund_id || ' ' || attempt_no || ' ' || end_to_end_id || ' ' || amount"
                + " FROM payment ORDER BY refund_id", String.class)).containsExactly(
                "R20261130-001-0000002 1 R20261130-001-0000002 495.00",
                "R20261201-001-0000002 1 R20261201-001-0000002 55.20");
    }

    private static void refund(JdbcTemplate jdbc, String id, String runDate, String status, String iban,
                               String amount, int row) {
        jdbc.update("INSERT INTO refund (refund_id, run_date, refund_key, student_id, last_name, first_name,"
                + " micro_credential, academic_year, withdrawal_date, rule_code, full_refund_before, no_refund_from,"
                + " registration_fee, entitlement, amount_paid, refund_amount, status, iban, bic, reference,"
                + " source_file, file_seq, source_row) VALUES (?, CAST(? AS DATE), ?, ?, 'Claes', 'Lotte', 'MC-DATA',"
                + " '2026-2027', DATE '2026-10-01', 'FULL', DATE '2026-11-01', DATE '2027-03-15', 495.00, 495.00, NULL,"
                + " CAST(? AS DECIMAL(11,2)), ?, ?, NULL, NULL, 'week1.csv', 1, ?)", id, runDate, id + "|key",
                "S" + id.substring(id.length() - 3), amount, status, iban, row);
    }
}
