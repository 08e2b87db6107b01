package org.refundbatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.Release;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundState;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class HistoryCommandIntegrationTests {

    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @TempDir
    Path home;

    @Test
    void refusesADatabaseThatDoesNotExistWithoutCreatingIt() {
        int exit = HistoryCommand.run(new String[] {"--history=2000001", "--refund.home=" + home});

        assertThat(exit).isEqualTo(1);
        assertThat(home.resolve("db")).doesNotExist();
    }

    @Test
    void printsTheEventsOfEveryRefundOfAStudentWithAccountsMasked() {
        aLedgerWithAReleasedRefund();

        Printed printed = run("--history=2000001");

        assertThat(printed.exit()).isZero();
        assertThat(printed.out().lines().toList()).containsExactly(
                "Refund R20261130-001-0000002: student 2000001 Claes Lotte, MC-DATA 2026-2027, 495.00 euro, now SENT",
                "   1  2026-11-30  decided -> ON_HOLD     week1.csv row 2",
                "   2  2026-12-01  ON_HOLD -> PAYABLE     week2.csv row 2  account ************6769",
                "   3  2026-12-01  PAYABLE -> SENT        reimbursements-2026-12-01.xml  account ************6769");
    }

    @Test
    void findsARefundByItsId() {
        aLedgerWithAReleasedRefund();

        Printed printed = run("--history=R20261130-001-0000002");

        assertThat(printed.exit()).isZero();
        assertThat(printed.out()).startsWith("Refund R20261130-001-0000002:").doesNotContain("BE71");
    }

    @Test
    void saysSoWhenThereIsNoSuchRefundNorStudent() {
        aLedgerWithAReleasedRefund();

        Printed printed = run("--history=9999999");

        assertThat(printed.exit()).isEqualTo(1);
        assertThat(printed.out()).isEmpty();
    }

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(RefundHistory.mask("BE71096123456769")).isEqualTo("************6769");
        assertThat(RefundHistory.mask("BE7")).isEqualTo("BE7");
    }

    private record Printed(int exit, String out) {
    }

    private Printed run(String option) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int exit = HistoryCommand.run(new String[] {option, "--refund.home=" + home});
            return new Printed(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** The embedded database of the default settings under the home: one refund held, then released and sent. */
    private void aLedgerWithAReleasedRefund() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:hsqldb:file:" + home + "/db/refund;shutdown=true;"
                + "hsqldb.default_table_type=cached;hsqldb.tx=mvcc", "SA", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/hsqldb", "classpath:db/migration/common")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        RefundEventRepository events = new RefundEventRepository(jdbc, new LedgerRepository(jdbc));
        BigDecimal amount = new BigDecimal("495.00");
        events.decide(List.of(RefundRecord.builder().refundId("R20261130-001-0000002").runDate(NOV_30)
                .studentId("2000001").lastName("Claes").firstName("Lotte")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 1))
                .rule(RefundRule.FULL).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(amount).entitlement(amount).refundAmount(amount)
                .status(RefundStatus.ON_HOLD).holdReason(HoldReason.NO_IBAN.text())
                .sourceFile("week1.csv").fileSeq(1).sourceRow(2).build()));
        events.release(new Release(new KnownRefund("R20261130-001-0000002", NOV_30, "week1.csv", 2, amount,
                RefundState.ON_HOLD), DEC_1, "BE71096123456769", null, "week2.csv", 1, 2));
        events.markSent(DEC_1, "reimbursements-2026-12-01.xml");
        jdbc.execute("SHUTDOWN");
    }
}
