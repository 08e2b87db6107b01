package org.refundbatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.RefundEventRepository.SentPage;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The night's payments move to SENT page by page: every payable refund once, whatever page its row falls in. */
class SentPagesTests {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 30);
    private static final int PAGE = SentPage.ROWS;
    private static final String BANK_FILE = "reimbursements-2026-11-30.xml";

    private final List<Integer> rows = List.of(2, 3, 4, PAGE - 1, PAGE, PAGE + 1, PAGE + 2, 2 * PAGE + 8, 3 * PAGE);
    private JdbcTemplate jdbc;
    private RefundEventRepository events;

    @BeforeEach
    void aNightOfTwoFilesWithPayableRefundsAcrossSeveralPages() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:hsqldb:mem:sent-" + UUID.randomUUID(), "SA", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/hsqldb", "classpath:db/migration/common")
                .load().migrate();
        jdbc = new JdbcTemplate(db);
        events = new RefundEventRepository(jdbc, new LedgerRepository(jdbc));
        List<RefundRecord> refunds = new ArrayList<>();
        for (int file = 1; file <= 2; file++) {
            for (int row : rows) {
                refunds.add(refund(file, row));
            }
        }
        events.decide(refunds);
    }

    @Test
    void pagesCoverEveryRowOfEachFileUpToItsLastPayment() {
        assertThat(events.sentPages(RUN)).containsExactly(
                new SentPage(1, 0, PAGE), new SentPage(1, PAGE, 2 * PAGE), new SentPage(1, 2 * PAGE, 3 * PAGE),
                new SentPage(2, 0, PAGE), new SentPage(2, PAGE, 2 * PAGE), new SentPage(2, 2 * PAGE, 3 * PAGE));
    }

    @Test
    void everyPayableRefundMovesOnceWithOneEventAndTheRestStay() {
        List<Integer> moved = new ArrayList<>();
        for (SentPage page : events.sentPages(RUN)) {
            moved.add(events.markSent(RUN, BANK_FILE, page));
        }

        // payable, the even rows: 2, 4 and PAGE; PAGE + 2; 2 * PAGE + 8 and 3 * PAGE; in each file
        assertThat(moved).containsExactly(3, 1, 2, 3, 1, 2);
        assertThat(jdbc.queryForList("SELECT state || ' ' || COUNT(*) FROM refund GROUP BY state ORDER BY state",
                String.class)).containsExactly("ON_HOLD 6", "SENT 12");
        assertThat(jdbc.queryForList("SELECT refund_id || ' ' || event_seq || ' ' || source_file || ' ' || iban FROM"
                + " refund_event WHERE to_state = 'SENT' AND refund_id LIKE 'R-1:%' ORDER BY refund_id", String.class))
                .containsExactly("R-1:10008 2 " + BANK_FILE + " BE68539007547034",
                        "R-1:15000 2 " + BANK_FILE + " BE68539007547034",
                        "R-1:2 2 " + BANK_FILE + " BE68539007547034",
                        "R-1:4 2 " + BANK_FILE + " BE68539007547034",
                        "R-1:5000 2 " + BANK_FILE + " BE68539007547034",
                        "R-1:5002 2 " + BANK_FILE + " BE68539007547034");
    }

    @Test
    void movingThePagesAgainMovesNothingAndAddsNoEvent() {
        int first = events.markSent(RUN, BANK_FILE);
        Integer eventsAfterFirst = jdbc.queryForObject("SELECT COUNT(*) FROM refund_event", Integer.class);

        int again = events.markSent(RUN, BANK_FILE);

        assertThat(first).isEqualTo(12);
        assertThat(again).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund_event", Integer.class)).isEqualTo(eventsAfterFirst);
    }

    private static RefundRecord refund(int file, int row) {
        BigDecimal fee = new BigDecimal("495.00");
        boolean payable = row % 2 == 0;
        return RefundRecord.builder().refundId("R-" + file + ":" + row).runDate(RUN)
                .studentId("s" + file + "-" + row).lastName("Peeters").firstName("Anna")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 15))
                .rule(RefundRule.FULL).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(fee).entitlement(fee).refundAmount(fee)
                .status(payable ? RefundStatus.PAYABLE : RefundStatus.ON_HOLD)
                .holdReason(payable ? null : HoldReason.NO_IBAN.text())
                .iban(payable ? "BE68539007547034" : null)
                .sourceFile("sheet-" + file + ".csv").fileSeq(file).sourceRow(row).build();
    }
}
