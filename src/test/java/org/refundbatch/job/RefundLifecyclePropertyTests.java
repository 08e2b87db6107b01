package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refundbatch.bankfeedback.BankAnswer;
import org.refundbatch.bankfeedback.BankAnswer.Outcome;
import org.refundbatch.bankfeedback.BankFeedback;
import org.refundbatch.bankfeedback.BankFeedbackApplier;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.PaymentAttempt;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.PendingRefundRepository;
import org.refundbatch.ledger.RefundEvent;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.batch.DamagedFiles;
import org.refundbatch.ledger.batch.RefundLedgerWriter;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundState;
import org.refundbatch.policy.RefundStatus;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Random nights over a few keys — rows with and without an IBAN, repeats, releases, and bank answers of every
 * kind, old attempts' included — never pay a refund twice at once, never pay more than was decided, and always
 * leave a refund in the to-state of its last event.
 */
class RefundLifecyclePropertyTests {

    private static final String[] IBANS = {"BE68539007547034", "BE71096123456769", "NL91ABNA0417164300"};
    private static final String[] AMOUNTS = {"0.00", "100.00", "250.50"};

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void oneLedgerForAllSeeds() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:hsqldb:mem:life-" + UUID.randomUUID(), "SA", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/hsqldb", "classpath:db/migration/common")
                .load().migrate();
        jdbc = new JdbcTemplate(db);
    }

    static LongStream seeds() {
        return new Random(20261130L).longs(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRefundIsNeverPaidTwiceNorMoreThanDecided(long seed) {
        Random random = new Random(seed);
        for (String table : new String[] {"refund_event", "payment", "credit_record", "refund", "reject"}) {
            jdbc.update("DELETE FROM " + table);
        }
        LedgerRepository ledger = new LedgerRepository(jdbc);
        RefundEventRepository events = new RefundEventRepository(jdbc, ledger);
        PaymentRepository payments = new PaymentRepository(jdbc);
        BankFeedbackApplier bank = new BankFeedbackApplier(payments, events);
        LocalDate night = LocalDate.of(2026, 11, 2);
        int nights = 4 + random.nextInt(8);
        for (int n = 0; n < nights; n++, night = night.plusDays(1 + random.nextInt(5))) {
            RefundLedgerWriter writer = new RefundLedgerWriter(ledger, events, night, new DamagedFiles(night, ledger, events,
                    new StagedFileRepository(jdbc), new PendingRefundRepository(jdbc)));
            List<IntakeOutcome> rows = new ArrayList<>();
            int count = random.nextInt(6);
            for (int row = 2; row < 2 + count; row++) {
                rows.add(row(night, row, "S" + random.nextInt(4), AMOUNTS[random.nextInt(AMOUNTS.length)],
                        random.nextBoolean() ? IBANS[random.nextInt(IBANS.length)] : null));
            }
            writer.write(new Chunk<>(rows));
            events.markSent(night, "reimbursements-" + night + ".xml");
            List<BankAnswer> answers = new ArrayList<>();
            List<String> attempts = jdbc.queryForList("SELECT end_to_end_id FROM payment ORDER BY end_to_end_id",
                    String.class);
            for (int a = 0; a < random.nextInt(4) && !attempts.isEmpty(); a++) {
                String endToEndId = attempts.get(random.nextInt(attempts.size()));
                Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
                answers.add(new BankAnswer(endToEndId, outcome, outcome == Outcome.ACCEPTED ? null : "AC04", null,
                        null));
            }
            bank.apply(night, new BankFeedback("bank-" + night + ".xml", "0".repeat(64), "pain.002.001.10", "M", null,
                    null, null, null, answers));

            assertInvariants(seed, n, events, payments);
        }
    }

    private static void assertInvariants(long seed, int night, RefundEventRepository events,
                                         PaymentRepository payments) {
        String where = "seed " + seed + ", night " + (night + 1);
        for (String refundId : jdbc.queryForList("SELECT refund_id FROM refund", String.class)) {
            List<RefundEvent> history = events.events(refundId);
            RefundState state = events.state(refundId);
            assertThat(history).as("%s: refund %s has events", where, refundId).isNotEmpty();
            assertThat(history.get(history.size() - 1).to()).as("%s: state of %s is its last event's", where,
                    refundId).isEqualTo(state);
            for (int i = 0; i < history.size(); i++) {
                assertThat(history.get(i).seq()).as("%s: events of %s numbered from 1", where, refundId)
                        .isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(history.get(i).from()).as("%s: event %d of %s starts where the last ended", where,
                            i + 1, refundId).isEqualTo(history.get(i - 1).to());
                    assertThat(history.get(i - 1).to().canMoveTo(history.get(i).to())).isTrue();
                }
            }
            BigDecimal decided = jdbc.queryForObject("SELECT refund_amount FROM refund WHERE refund_id = ?",
                    BigDecimal.class, refundId);
            List<PaymentAttempt> attempts = payments.ofRefund(refundId);
            long returns = history.stream().filter(e -> e.to() == RefundState.RETURNED).count();
            long open = attempts.size() - returns;
            assertThat(open).as("%s: %s has at most one payment under way", where, refundId).isBetween(0L, 1L);
            assertThat(open == 1).as("%s: %s is being paid exactly when its state says so", where, refundId)
                    .isEqualTo(state.paying());
            BigDecimal paidNotReturned = attempts.stream().map(PaymentAttempt::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(decided.multiply(BigDecimal.valueOf(returns)));
            assertThat(paidNotReturned).as("%s: %s paid and not returned", where, refundId)
                    .isLessThanOrEqualTo(decided);
            assertThat(attempts).as("%s: every attempt pays the amount decided", where)
                    .allSatisfy(a -> assertThat(a.amount()).isEqualByComparingTo(decided));
        }
    }

    private static IntakeOutcome row(LocalDate night, int row, String student, String amount, String iban) {
        BigDecimal refund = new BigDecimal(amount);
        RefundStatus status = RefundStatus.of(refund, iban != null);
        RefundRecord record = RefundRecord.builder()
                .refundId(String.format("R%s-001-%07d", night.toString().replace("-", ""), row)).runDate(night)
                .studentId(student).lastName("Claes").firstName("Lotte")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 1))
                .rule(RefundRule.FULL).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(new BigDecimal("495.00")).entitlement(new BigDecimal("495.00")).refundAmount(refund)
                .status(status).holdReason(status == RefundStatus.ON_HOLD ? HoldReason.NO_IBAN.text() : null)
                .iban(iban).sourceFile("sheet.csv").fileSeq(1).sourceRow(row).build();
        return new IntakeOutcome.Refunded(record, List.of(), List.of(student));
    }
}
