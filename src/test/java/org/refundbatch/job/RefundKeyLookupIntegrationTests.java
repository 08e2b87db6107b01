package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.policy.RefundState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The look-up of a chunk's refund keys: it finds the refunds of the keys it is given and no other, and on
 * PostgreSQL it is planned with its keys at every execution, never kept as a server-prepared statement whose
 * generic plan could scan the whole refund table (see {@code PlannedEachTime}).
 */
@DatabaseTest
class RefundKeyLookupIntegrationTests {

    @TempDir
    Path home;

    private SingleConnectionDataSource db;
    private JdbcTemplate jdbc;
    private RefundEventRepository events;

    @BeforeEach
    void migrate() {
        Map<String, String> settings = TestDatabase.settings(home);
        // one connection: PostgreSQL lists the statements prepared on the session that asks
        db = new SingleConnectionDataSource(settings.get("spring.datasource.url"),
                settings.getOrDefault("spring.datasource.username", "SA"),
                settings.getOrDefault("spring.datasource.password", ""), true);
        String vendor = TestDatabase.postgresql() ? "postgresql" : "hsqldb";
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + vendor, "classpath:db/migration/common")
                .load().migrate();
        jdbc = new JdbcTemplate(db);
        events = new RefundEventRepository(jdbc, new LedgerRepository(jdbc));
        refund("R20261130-001-0000002", "S0000001|MC-DATA|2026-2027", "SENT", 2);
        refund("R20261130-001-0000003", "S0000002|MC-DATA|2026-2027", "ON_HOLD", 3);
    }

    @AfterEach
    void close() {
        db.destroy();
    }

    @Test
    void findsTheRefundsOfTheKeysGivenAndNoOther() {
        Map<String, KnownRefund> found = events.findByKeys(List.of("S0000002|MC-DATA|2026-2027",
                "S0000009|MC-DATA|2026-2027", "S0000001|MC-DATA|2026-2027"));

        assertThat(found).containsOnlyKeys("S0000001|MC-DATA|2026-2027", "S0000002|MC-DATA|2026-2027");
        assertThat(found.get("S0000001|MC-DATA|2026-2027")).isEqualTo(new KnownRefund("R20261130-001-0000002",
                LocalDate.of(2026, 11, 30), "week1.csv", 2, new BigDecimal("495.00"), RefundState.SENT));
        assertThat(found.get("S0000002|MC-DATA|2026-2027")).isEqualTo(new KnownRefund("R20261130-001-0000003",
                LocalDate.of(2026, 11, 30), "week1.csv", 3, new BigDecimal("495.00"), RefundState.ON_HOLD));
        assertThat(events.findByKeys(List.of())).isEmpty();
    }

    @Test
    void onPostgresqlTheLookUpIsNeverAServerPreparedStatement() {
        assumeThat(TestDatabase.postgresql()).as("PostgreSQL only").isTrue();

        for (int i = 0; i < 10; i++) {
            assertThat(events.findByKeys(List.of("S0000001|MC-DATA|2026-2027", "S0000002|MC-DATA|2026-2027")))
                    .hasSize(2);
            // the same query, as any other statement of the job is run: the driver prepares it after five
            assertThat(jdbc.queryForList("SELECT refund_id FROM refund WHERE refund_key IN (?,?)", String.class,
                    "S0000001|MC-DATA|2026-2027", "S0000002|MC-DATA|2026-2027")).hasSize(2);
        }

        assertThat(jdbc.queryForList("SELECT statement FROM pg_prepared_statements WHERE statement LIKE"
                + " '%refund_key IN%'", String.class)).containsExactly(
                "SELECT refund_id FROM refund WHERE refund_key IN ($1,$2)");
    }

    private void refund(String id, String key, String state, int row) {
        jdbc.update("INSERT INTO refund (refund_id, run_date, refund_key, student_id, last_name, first_name,"
                + " micro_credential, academic_year, withdrawal_date, rule_code, full_refund_before, no_refund_from,"
                + " registration_fee, entitlement, amount_paid, refund_amount, status, iban, bic, reference,"
                + " source_file, file_seq, source_row, state, state_date) VALUES (?, DATE '2026-11-30', ?, ?, 'Claes',"
                + " 'Lotte', 'MC-DATA', '2026-2027', DATE '2026-10-01', 'FULL', DATE '2026-11-01', DATE '2027-03-15',"
                + " 495.00, 495.00, NULL, 495.00, 'PAYABLE', 'BE68539007547034', NULL, NULL, 'week1.csv', 1, ?, ?,"
                + " DATE '2026-11-30')", id, key, key.substring(0, 8), row, state);
    }
}
