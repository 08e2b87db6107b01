package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.bankfeedback.BankAnswer;
import org.refundbatch.bankfeedback.BankAnswer.Outcome;
import org.refundbatch.job.FaultInjection.InjectedFault;
import org.refundbatch.job.FaultInjection.Plan;
import org.refundbatch.job.FaultInjection.Point;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refunds sent more than {@code refund.settle-days} ago without an answer are settled by {@code
 * settleUnanswered}, {@code refund.settle-batch-size} per transaction (two here): every one once, with the same
 * event as ever, also when the night fails between two batches and is started again.
 */
@SpringBatchTest
@DirtiesContext
@DatabaseTest
@SpringBootTest(properties = {"refund.runner.enabled=false", "refund.settle-batch-size=2"})
@Import({ScriptedBankFeedback.class, FaultInjection.class})
class SettleUnansweredIntegrationTests {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
    /** 31 days after 30 November, 30 after 1 December. */
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    static final String IBAN_1 = "BE68539007547034";
    static final String IBAN_2 = "BE71096123456769";
    static final String IBAN_3 = "NL91ABNA0417164300";
    /** Returned on 3 December, paid again on 4 December. */
    static final String PAID_AGAIN = "R20261130-001-0000002";
    /** Sent on 30 November, never answered: settled on 31 December. */
    static final List<String> UNANSWERED = List.of("R20261130-001-0000003", "R20261130-001-0000004",
            "R20261130-001-0000005", "R20261130-001-0000006", "R20261130-001-0000007");
    static final String ON_HOLD = "R20261130-001-0000008";
    static final String SENT_DEC_1 = "R20261201-001-0000002";

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScriptedBankFeedback.Script bank;
    @Autowired
    Plan faults;

    LifecycleNights nights;

    @BeforeEach
    void newInstallation() throws IOException {
        nights = new LifecycleNights(home, jdbc, jobOperatorTestUtils);
        nights.reset();
        bank.clear();
    }

    @AfterEach
    void noFaultLeftArmed() {
        faults.clear();
    }

    static String row(String student, String iban, String reference) {
        return student + ";Claes;Lotte;MC-DATA;2026-2027;2026-10-01;;" + iban + ";" + reference;
    }

    /**
     * Six refunds sent on 30 November, of which the first is returned on 3 December and paid again on 4
     * December, one held; one sent on 1 December.
     */
    private void nightsUpToDecember4() throws Exception {
        nights.sheet("week1.csv", row("2000001", IBAN_1, "L-01"), row("2000002", IBAN_2, "L-02"),
                row("2000003", IBAN_1, "L-03"), row("2000004", IBAN_2, "L-04"), row("2000005", IBAN_1, "L-05"),
                row("2000006", IBAN_2, "L-06"), row("2000007", "", "L-07"));
        nights.night(NOV_30);
        nights.sheet("week2.csv", row("2000008", IBAN_1, "L-08"));
        nights.night(DEC_1);
        nights.bankFile("status-1.xml", "<pain.002/>");
        bank.answers("status-1.xml", new BankAnswer(PAID_AGAIN, Outcome.REJECTED, "AC04", "Closed account number",
                null));
        nights.night(DEC_3);
        JobHome.delete(home.resolve("bank-inbox"));
        nights.sheet("week3.csv", row("2000001", IBAN_3, "L-01b"));
        nights.night(DEC_4);
    }

    @Test
    void refundsSentMoreThanSettleDaysAgoAreSettledABatchPerTransaction() throws Exception {
        nightsUpToDecember4();

        JobExecution night = nights.night(DEC_31);

        assertThat(settled(night)).as("7 refunds SENT, of which 5 before the cut-off, settled 2, 2 and 1 at a time")
                .isEqualTo("5 settled in 3 transaction(s)");
        assertThat(UNANSWERED).extracting(nights::state).containsOnly("SETTLED");
        assertThat(UNANSWERED).extracting(r -> nights.events(r).size()).containsOnly(3);
        assertThat(UNANSWERED).extracting(r -> nights.events(r).get(2)).containsExactly(
                "SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_2,
                "SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_1,
                "SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_2,
                "SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_1,
                "SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_2);
        assertThat(nights.events(UNANSWERED.get(0))).containsExactly(">PAYABLE 2026-11-30 week1.csv:3 " + IBAN_2,
                "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + IBAN_2,
                "SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_2);
        assertThat(jdbc.queryForList("SELECT DISTINCT reason_text FROM refund_event WHERE to_state = 'SETTLED'",
                String.class)).containsExactly("no answer from the bank within 30 days");
        assertThat(nights.state(PAID_AGAIN)).as("its last SENT is of 4 December").isEqualTo("SENT");
        assertThat(nights.state(SENT_DEC_1)).as("30 days is not more than 30").isEqualTo("SENT");
        assertThat(nights.state(ON_HOLD)).isEqualTo("ON_HOLD");
        assertThat(nights.csv("open-items", DEC_31).rows()).extracting(r -> r.get("refund_id"))
                .containsExactly(ON_HOLD);
        assertThat(settledByAge(DEC_31)).isEqualTo(5);

        nights.night(DEC_4.plusDays(31));

        assertThat(nights.events(PAID_AGAIN)).containsExactly(">PAYABLE 2026-11-30 week1.csv:2 " + IBAN_1,
                "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + IBAN_1,
                "SENT>RETURNED 2026-12-03 status-1.xml AC04 " + IBAN_1,
                "RETURNED>PAYABLE 2026-12-04 week3.csv:2 " + IBAN_3,
                "PAYABLE>SENT 2026-12-04 reimbursements-2026-12-04.xml " + IBAN_3,
                "SENT>SETTLED 2027-01-04 refund.settle-days " + IBAN_3);
        assertThat(nights.events(SENT_DEC_1)).endsWith("SENT>SETTLED 2027-01-04 refund.settle-days " + IBAN_1);
        assertThat(settledByAge(DEC_4.plusDays(31))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund WHERE state = 'SENT'", Integer.class)).isZero();
    }

    @Test
    void aNightThatFailsBetweenTwoBatchesRestartsToTheEventsOfACleanOne() throws Exception {
        nightsUpToDecember4();
        nights.night(DEC_31);
        List<String> cleanEvents = allEvents();
        RunOutputs clean = RunOutputs.of(nights.outbox(DEC_31), jdbc);
        nights.reset();
        nightsUpToDecember4();
        faults.failAt(Point.SETTLING, 2);

        JobExecution failed = nights.start(DEC_31);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(
                e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).isInstanceOf(InjectedFault.class));
        assertThat(UNANSWERED).extracting(nights::state).as("the first batch committed, the second rolled back")
                .containsExactly("SETTLED", "SETTLED", "SENT", "SENT", "SENT");

        JobExecution restarted = nights.night(DEC_31);

        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly(
                "settleUnanswered", "stageInbox", "intake", "exportFiles", "markSent", "writeFeedback", "archiveInbox");
        assertThat(settled(restarted)).as("3 refunds still due, settled 2 and 1 at a time")
                .isEqualTo("3 settled in 2 transaction(s)");
        assertThat(allEvents()).isEqualTo(cleanEvents);
        assertThat(RunOutputs.of(nights.outbox(DEC_31), jdbc)).isEqualTo(clean);
        assertThat(settledByAge(DEC_31)).isEqualTo(5);
    }

    /** Every event of the ledger, one line each, in refund and event order. */
    private List<String> allEvents() {
        return jdbc.query("SELECT refund_id, event_seq, from_state, to_state, run_date, source_file, source_row,"
                + " reason_code, reason_text, iban FROM refund_event ORDER BY refund_id, event_seq", (rs, n) -> {
                    StringBuilder line = new StringBuilder();
                    for (int column = 1; column <= 10; column++) {
                        line.append(rs.getString(column)).append('|');
                    }
                    return line.toString();
                });
    }

    private long settledByAge(LocalDate runDate) throws IOException {
        return JsonMapper.builder().build().readTree(nights.outbox(runDate)
                .resolve("run-summary-" + runDate + ".json").toFile()).get("after_the_night").get("settled_by_age")
                .asLong();
    }

    /**
     * What the night's {@code settleUnanswered} step counted; not the StepExecution itself, as {@code
     * @SpringBatchTest} takes a method that returns one for the step scope of its tests.
     */
    private static String settled(JobExecution execution) {
        StepExecution step = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("settleUnanswered")).findFirst().orElseThrow();
        return step.getWriteCount() + " settled in " + step.getCommitCount() + " transaction(s)";
    }
}
