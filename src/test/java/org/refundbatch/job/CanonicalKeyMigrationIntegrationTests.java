package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import db.migration.common.V6_1_1__CanonicalRefundKeys;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A ledger written before the refund key was canonical: migrated on, its keys become canonical and two refunds of
 * one student are both kept, the collision recorded and logged.
 */
@DatabaseTest
class CanonicalKeyMigrationIntegrationTests {

    @TempDir
    Path home;

    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Logger migrationLog = (Logger) LoggerFactory.getLogger(V6_1_1__CanonicalRefundKeys.class);

    @BeforeEach
    void aLedgerBeforeCanonicalKeys() {
        Map<String, String> settings = TestDatabase.settings(home);
        dataSource = new DriverManagerDataSource(settings.get("spring.datasource.url"),
                settings.getOrDefault("spring.datasource.username", "SA"),
                settings.getOrDefault("spring.datasource.password", ""));
        jdbc = new JdbcTemplate(dataSource);
        flyway(lastVersionBeforeCanonicalKeys()).migrate();
        warnings.start();
        migrationLog.addAppender(warnings);
    }

    @AfterEach
    void stopListening() {
        migrationLog.detachAppender(warnings);
    }

    @Test
    void keepsBothRefundsOfOneStudentAndRecordsTheCollision() {
        insert("R20261130-001-0000002", "2026-11-30", "s0123456", "MC-DATA");
        insert("R20261201-001-0000004", "2026-12-01", "S0123456", "MC-DATA");
        insert("R20261202-002-0000003", "2026-12-02", " S 0123456", "MC-DATA");
        insert("R20261130-001-0000003", "2026-11-30", "0234567", "MC-ETHICS");
        insert("R20261130-001-0000005", "2026-11-30", "r0345678", "MC-ETHICS");

        flyway(null).migrate();

        assertThat(jdbc.queryForList("SELECT refund_id, refund_key, student_id FROM refund ORDER BY refund_id"))
                .extracting(r -> r.get("refund_id"), r -> r.get("refund_key"), r -> r.get("student_id"))
                .containsExactly(
                        tuple("R20261130-001-0000002", "S0123456|MC-DATA|2026-2027", "s0123456"),
                        tuple("R20261130-001-0000003", "0234567|MC-ETHICS|2026-2027", "0234567"),
                        tuple("R20261130-001-0000005", "R0345678|MC-ETHICS|2026-2027", "r0345678"),
                        tuple("R20261201-001-0000004", "S0123456|MC-DATA|2026-2027#R20261201-001-0000004",
                                "S0123456"),
                        tuple("R20261202-002-0000003", "S0123456|MC-DATA|2026-2027#R20261202-002-0000003",
                                " S 0123456"));
        assertThat(jdbc.queryForList("SELECT refund_id, kept_refund_id, canonical_key FROM refund_key_collision"
                + " ORDER BY refund_id"))
                .extracting(r -> r.get("refund_id"), r -> r.get("kept_refund_id"), r -> r.get("canonical_key"))
                .containsExactly(
                        tuple("R20261201-001-0000004", "R20261130-001-0000002", "S0123456|MC-DATA|2026-2027"),
                        tuple("R20261202-002-0000003", "R20261130-001-0000002", "S0123456|MC-DATA|2026-2027"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund_key_collision WHERE found_at IS NOT NULL",
                Integer.class)).isEqualTo(2);
        assertThat(warnings.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        tuple(ch.qos.logback.classic.Level.WARN, "Refunds R20261130-001-0000002 and"
                                + " R20261201-001-0000004 are of one student once the student id is made canonical"
                                + " (S0123456|MC-DATA|2026-2027): both are kept, R20261201-001-0000004 under the key"
                                + " S0123456|MC-DATA|2026-2027#R20261201-001-0000004; see the table"
                                + " refund_key_collision"),
                        tuple(ch.qos.logback.classic.Level.WARN, "Refunds R20261130-001-0000002 and"
                                + " R20261202-002-0000003 are of one student once the student id is made canonical"
                                + " (S0123456|MC-DATA|2026-2027): both are kept, R20261202-002-0000003 under the key"
                                + " S0123456|MC-DATA|2026-2027#R20261202-002-0000003; see the table"
                                + " refund_key_collision"));
    }

    @Test
    void aLedgerWithoutCollisionsOnlyGetsCanonicalKeys() {
        insert("R20261130-001-0000002", "2026-11-30", "s0123456", "MC-DATA");
        insert("R20261130-001-0000003", "2026-11-30", "s0123456", "MC-ETHICS");

        flyway(null).migrate();

        assertThat(jdbc.queryForList("SELECT refund_key FROM refund ORDER BY refund_id", String.class))
                .containsExactly("S0123456|MC-DATA|2026-2027", "S0123456|MC-ETHICS|2026-2027");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund_key_collision", Integer.class)).isZero();
        assertThat(warnings.list).isEmpty();
    }

    /** The newest migration before V6_1, whichever the other migrations are. */
    private MigrationVersion lastVersionBeforeCanonicalKeys() {
        return Arrays.stream(flyway(null).info().all()).map(MigrationInfo::getVersion)
                .filter(v -> !v.isAtLeast("6.1")).max(Comparator.naturalOrder()).orElseThrow();
    }

    private Flyway flyway(MigrationVersion target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(
                "classpath:db/migration/" + (TestDatabase.postgresql() ? "postgresql" : "hsqldb"),
                "classpath:db/migration/common");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** A refund row as the job wrote it before: the key made of the student id as typed. */
    private void insert(String refundId, String runDate, String studentId, String code) {
        String key = studentId + "|" + code + "|2026-2027";
        int fileSeq = Integer.parseInt(refundId.substring(10, 13));
        int row = Integer.parseInt(refundId.substring(14));
        jdbc.update("INSERT INTO refund (refund_id, run_date, refund_key, student_id, last_name, first_name,"
                + " micro_credential, academic_year, withdrawal_date, rule_code, full_refund_before, no_refund_from,"
                + " registration_fee, entitlement, amount_paid, refund_amount, status, iban, bic, reference,"
                + " source_file, file_seq, source_row) VALUES (?, CAST(? AS DATE), ?, ?, 'Peeters', 'Anna', ?,"
                + " '2026-2027', DATE '2026-10-15', 'FULL', DATE '2026-11-01', DATE '2027-03-15', 495.00, 495.00,"
                + " NULL, 495.00, 'PAYABLE', 'BE68539007547034', NULL, NULL, 'withdrawals.csv', ?, ?)",
                refundId, runDate, key, studentId, code, fileSeq, row);
    }
}
