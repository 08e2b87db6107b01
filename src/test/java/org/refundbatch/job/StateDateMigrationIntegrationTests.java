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
 * A ledger migrated to {@code refund.state_date}: each refund gets the run date of its last event, and one without
 * events its own run date.
 */
@DatabaseTest
class StateDateMigrationIntegrationTests {

    @TempDir
    Path home;

    @Test
    void everyRefundGetsTheRunDateOfItsLastEvent() {
        Map<String, String> settings = TestDatabase.settings(home);
        DriverManagerDataSource db = new DriverManagerDataSource(settings.get("spring.datasource.url"),
                settings.getOrDefault("spring.datasource.username", "SA"),
                settings.getOrDefault("spring.datasource.password", ""));
        String vendor = TestDatabase.postgresql() ? "postgresql" : "hsqldb";
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + vendor, "classpath:db/migration/common")
                .target(MigrationVersion.fromVersion("7")).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        refund(jdbc, "R20261130-001-0000002", "RETURNED", 2);
        event(jdbc, "R20261130-001-0000002", 1, null, "PAYABLE", "2026-11-30");
        event(jdbc, "R20261130-001-0000002", 2, "PAYABLE", "SENT", "2026-11-30");
        event(jdbc, "R20261130-001-0000002", 3, "SENT", "RETURNED", "2026-12-03");
        refund(jdbc, "R20261130-001-0000003", "SENT", 3);
        event(jdbc, "R20261130-001-0000003", 1, null, "PAYABLE", "2026-11-30");
        event(jdbc, "R20261130-001-0000003", 2, "PAYABLE", "SENT", "2026-12-01");
        refund(jdbc, "R20261130-001-0000004", null, 4);

        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + vendor, "classpath:db/migration/common")
                .load().migrate();

        assertThat(jdbc.queryForList("SELECT refund_id || ' ' || COALESCE(state, '-') || ' ' || CAST(state_date AS"
                + " VARCHAR(10)) FROM refund ORDER BY refund_id", String.class)).containsExactly(
                "R20261130-001-0000002 RETURNED 2026-12-03", "R20261130-001-0000003 SENT 2026-12-01",
                "R20261130-001-0000004 - 2026-11-30");
    }

    private static void refund(JdbcTemplate jdbc, String id, String state, int row) {
        jdbc.update("INSERT INTO refund (refund_id, run_date, refund_key, student_id, last_name, first_name,"
                + " micro_credential, academic_year, withdrawal_date, rule_code, full_refund_before, no_refund_from,"
                + " registration_fee, entitlement, amount_paid, refund_amount, status, iban, bic, reference,"
                + " source_file, file_seq, source_row, state) VALUES (?, DATE '2026-11-30', ?, ?, 'Claes', 'Lotte',"
                + " 'MC-DATA', '2026-2027', DATE '2026-10-01', 'FULL', DATE '2026-11-01', DATE '2027-03-15', 495.00,"
                + " 495.00, NULL, 495.00, 'PAYABLE', 'BE68539007547034', NULL, NULL, 'week1.csv', 1, ?, ?)", id,
                id + "|key", "S" + id.substring(id.length() - 3), row, state);
    }

    private static void event(JdbcTemplate jdbc, String id, int seq, String from, String to, String runDate) {
        jdbc.update("INSERT INTO refund_event (refund_id, event_seq, from_state, to_state, run_date, source_file)"
                + " VALUES (?, ?, ?, ?, CAST(? AS DATE), 'week1.csv')", id, seq, from, to, runDate);
    }
}
