package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refundbatch.bankfeedback.BankAnswer;
import org.refundbatch.bankfeedback.BankAnswer.Outcome;
import org.refundbatch.job.FaultInjection.Plan;
import org.refundbatch.job.FaultInjection.Point;
import org.refundbatch.policy.HoldReason;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of refunds over several nights (DESIGN §8): held and released, sent, answered by the bank, settled,
 * listed as open items; every change an event.
 */
@SpringBatchTest
@DirtiesContext
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
@Import({ScriptedBankFeedback.class, FaultInjection.class})
class RefundLifecycleIntegrationTests {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
    static final String IBAN_1 = "BE68539007547034";
    static final String IBAN_2 = "BE71096123456769";
    static final String IBAN_3 = "NL91ABNA0417164300";
    /** MC-DATA 2026-2027 withdrawn before 1 November: 288.00 + 15 × 13.80. */
    static final String DATA_FULL = "495.00";
    /** MC-ETHICS 2026-2027 withdrawn before 1 November: 288.00 + 7 × 13.80. */
    static final String ETHICS_FULL = "384.60";
    static final String FIRST = "R20261130-001-0000002";
    static final String SECOND = "R20261130-001-0000003";
    static final String THIRD = "R20261130-001-0000004";

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

    static String row(String student, String mc, String iban, String reference) {
        return student + ";Claes;Lotte;" + mc + ";2026-2027;2026-10-01;;" + iban + ";" + reference;
    }

    JsonNode summary(LocalDate runDate) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(nights.outbox(runDate)
                .resolve("run-summary-" + runDate + ".json")));
    }

    @Nested
    class Release {

        @Test
        void aRefundOnHoldIsPaidOnALaterNightToTheAccountThatArrives() throws Exception {
            nights.sheet("week1.csv", row("2000001", "MC-DATA", "", "L-01"));
            nights.night(NOV_30);
            nights.sheet("week2.csv", row("2000001", "MC-DATA", "BE71 0961 2345 6769", "L-01b"));
            nights.night(DEC_1);

            assertThat(nights.csv("reimbursements", DEC_1).rows()).extracting(r -> r.get("refund_id"),
                    r -> r.get("refund_amount"), r -> r.get("status"), r -> r.get("iban"), r -> r.get("source_file"),
                    r -> r.get("source_row"))
                    .containsExactly(tuple(FIRST, DATA_FULL, "PAYABLE", IBAN_2, "week2.csv", "2"));
            assertThat(nights.csv("rejected", DEC_1).rows()).as("a release is not a duplicate").isEmpty();
            assertThat(nights.transfers(DEC_1)).containsExactly(FIRST + " " + DATA_FULL + " " + IBAN_2);
            assertThat(nights.payments(FIRST)).containsExactly("1 2026-12-01 " + FIRST + " 495.00 " + IBAN_2);
            assertThat(nights.events(FIRST)).containsExactly(
                    ">ON_HOLD 2026-11-30 week1.csv:2",
                    "ON_HOLD>PAYABLE 2026-12-01 week2.csv:2 " + IBAN_2,
                    "PAYABLE>SENT 2026-12-01 reimbursements-2026-12-01.xml " + IBAN_2);
            JsonNode summary = summary(DEC_1);
            assertThat(summary.get("rows_read").asLong()).isEqualTo(1);
            assertThat(summary.get("refunds").asLong()).isZero();
            assertThat(summary.get("after_the_night").get("releases").asLong()).isEqualTo(1);
            assertThat(summary.get("after_the_night").get("total_released").decimalValue())
                    .isEqualByComparingTo(DATA_FULL);

            assertThat(nights.csv("open-items", NOV_30).rows()).extracting(r -> r.get("refund_id"),
                    r -> r.get("refund_amount"), r -> r.get("state"), r -> r.get("reason_code"), r -> r.get("reason"),
                    r -> r.get("decided_on"), r -> r.get("age_days"))
                    .containsExactly(tuple(FIRST, DATA_FULL, "ON_HOLD", "", HoldReason.NO_IBAN.text(), "2026-11-30", "0"));
            assertThat(nights.csv("open-items", DEC_1).rows()).isEmpty();
        }

        @Test
        void aRefundAlreadySentIsNotReleasedAgain() throws Exception {
            nights.sheet("week1.csv", row("2000001", "MC-DATA", "", "L-01"));
            nights.night(NOV_30);
            nights.sheet("week2.csv", row("2000001", "MC-DATA", IBAN_2, "L-01b"));
            nights.night(DEC_1);
            nights.sheet("week3.csv", row("2000001", "MC-DATA", IBAN_3, "L-01c"));
            nights.night(DEC_3);

            assertThat(nights.csv("rejected", DEC_3).rows()).extracting(r -> r.get("reason")).containsExactly(
                    "already refunded in the run of 2026-11-30: 2000001 / MC-DATA / 2026-2027 from week1.csv row 2"
                            + " (refund " + FIRST + ")");
            assertThat(nights.transfers(DEC_3)).isEmpty();
            assertThat(nights.payments(FIRST)).hasSize(1);
        }

        @ParameterizedTest(name = "the sheet without IBAN sorts first: {0}")
        @ValueSource(booleans = {true, false})
        void twoSheetsOfOneNightPayTheKeyOnce(boolean heldFirst) throws Exception {
            nights.sheet("a.csv", row("2000001", "MC-DATA", heldFirst ? "" : IBAN_1, "A"));
            nights.sheet("b.csv", row("2000001", "MC-DATA", heldFirst ? IBAN_1 : "", "B"));
            nights.night(NOV_30);

            assertThat(nights.transfers(NOV_30)).containsExactly(FIRST + " " + DATA_FULL + " " + IBAN_1);
            assertThat(nights.payments(FIRST)).hasSize(1);
            CsvFile refunds = nights.csv("reimbursements", NOV_30);
            CsvFile rejects = nights.csv("rejected", NOV_30);
            if (heldFirst) {
                assertThat(refunds.rows()).extracting(r -> r.get("refund_id"), r -> r.get("status"),
                        r -> r.get("iban"), r -> r.get("source_file"))
                        .containsExactly(tuple(FIRST, "ON_HOLD", "", "a.csv"), tuple(FIRST, "PAYABLE", IBAN_1, "b.csv"));
                assertThat(rejects.rows()).isEmpty();
                assertThat(nights.events(FIRST)).containsExactly(">ON_HOLD 2026-11-30 a.csv:2",
                        "ON_HOLD>PAYABLE 2026-11-30 b.csv:2 " + IBAN_1,
                        "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + IBAN_1);
                assertThat(summary(NOV_30).get("after_the_night").get("releases").asLong()).isEqualTo(1);
            } else {
                assertThat(refunds.rows()).extracting(r -> r.get("refund_id"), r -> r.get("status"),
                        r -> r.get("source_file")).containsExactly(tuple(FIRST, "PAYABLE", "a.csv"));
                assertThat(rejects.rows()).extracting(r -> r.get("source_file"), r -> r.get("reason"))
                        .containsExactly(tuple("b.csv", "already refunded earlier in this run (2026-11-30): 2000001"
                                + " / MC-DATA / 2026-2027 from a.csv row 2 (refund " + FIRST + ")"));
                assertThat(nights.events(FIRST)).containsExactly(">PAYABLE 2026-11-30 a.csv:2 " + IBAN_1,
                        "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + IBAN_1);
            }
            JsonNode summary = summary(NOV_30);
            assertThat(summary.get("rows_read").asLong()).isEqualTo(2);
        }

        @ParameterizedTest(name = "fault at {0}")
        @EnumSource(value = Point.class, names = {"LEDGER_WRITE", "EXPORT"})
        void aReleaseNightThatFailsRestartsToTheOutputsOfACleanOne(Point point) throws Exception {
            RunOutputs clean = holdThenRelease(null);
            java.util.List<String> cleanTransfers = nights.transfers(DEC_1);
            nights.reset();

            RunOutputs restarted = holdThenRelease(point);

            assertThat(restarted).isEqualTo(clean);
            assertThat(nights.transfers(DEC_1)).isEqualTo(cleanTransfers)
                    .containsExactly(FIRST + " " + DATA_FULL + " " + IBAN_2,
                            "R20261201-001-0000004 " + ETHICS_FULL + " " + IBAN_1);
            assertThat(nights.payments(FIRST)).hasSize(1);
            assertThat(nights.events(FIRST)).hasSize(3);
        }

        private RunOutputs holdThenRelease(Point fault) throws Exception {
            nights.sheet("week1.csv", row("2000001", "MC-DATA", "", "L-01"), row("2000002", "MC-DATA", IBAN_1, "L-02"));
            nights.night(NOV_30);
            nights.sheet("week2.csv", row("2000001", "MC-DATA", IBAN_2, "L-01b"), row("2000002", "MC-DATA", "", "X"),
                    row("2000003", "MC-ETHICS", IBAN_1, "L-03"));
            if (fault != null) {
                faults.failAt(fault, 1);
                assertThat(nights.start(DEC_1).getStatus()).isEqualTo(BatchStatus.FAILED);
            }
            nights.night(DEC_1);
            return RunOutputs.of(nights.outbox(DEC_1), jdbc);
        }
    }

    @Nested
    class BankFeedback {

        /** Three refunds paid on 30 November: 495.00, 384.60 and 495.00. */
        private void threePaymentsSent() throws Exception {
            nights.sheet("week1.csv", row("2000001", "MC-DATA", IBAN_1, "L-01"),
                    row("2000002", "MC-ETHICS", IBAN_2, "L-02"), row("2000003", "MC-DATA", IBAN_1, "L-03"));
            nights.night(NOV_30);
            assertThat(nights.transfers(NOV_30)).hasSize(3);
        }

        @Test
        void aRejectionAndAReturnMoveRefundsToReturnedAndIntoTheOpenItems() throws Exception {
            threePaymentsSent();
            nights.bankFile("status-1.xml", "<pain.002/>");
            bank.answers("status-1.xml", new BankAnswer(FIRST, Outcome.REJECTED, "AC04", "Closed account number", null),
                    new BankAnswer(THIRD, Outcome.ACCEPTED, null, null, null));
            nights.bankFile("return-1.xml", "<camt.054/>");
            bank.answers("return-1.xml", new BankAnswer(SECOND, Outcome.RETURNED, "MD07", "End customer deceased",
                    new BigDecimal("384.60")));
            nights.night(DEC_3);

            assertThat(nights.events(FIRST)).containsExactly(">PAYABLE 2026-11-30 week1.csv:2 " + IBAN_1,
                    "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + IBAN_1,
                    "SENT>RETURNED 2026-12-03 status-1.xml AC04 " + IBAN_1);
            assertThat(nights.events(SECOND)).endsWith("SENT>RETURNED 2026-12-03 return-1.xml MD07 " + IBAN_2);
            assertThat(nights.events(THIRD)).endsWith("SENT>SETTLED 2026-12-03 status-1.xml " + IBAN_1);
            assertThat(nights.state(THIRD)).isEqualTo("SETTLED");

            CsvFile open = nights.csv("open-items", DEC_3);
            assertThat(open.rows()).extracting(r -> r.get("refund_id"), r -> r.get("refund_amount"), r -> r.get("state"),
                    r -> r.get("reason_code"), r -> r.get("reason"), r -> r.get("decided_on"), r -> r.get("age_days"))
                    .containsExactly(
                            tuple(FIRST, DATA_FULL, "RETURNED", "AC04", "Closed account number", "2026-11-30", "3"),
                            tuple(SECOND, ETHICS_FULL, "RETURNED", "MD07", "End customer deceased", "2026-11-30", "3"));
            JsonNode after = summary(DEC_3).get("after_the_night");
            BigDecimal listed = open.rows().stream().map(r -> new BigDecimal(r.get("refund_amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(after.get("total_open_returned").decimalValue()).isEqualByComparingTo(listed)
                    .isEqualByComparingTo("879.60");
            assertThat(after.get("open_returned").asLong()).isEqualTo(open.rows().size());
            assertThat(after.get("open_on_hold").asLong()).isZero();
            assertThat(after.get("bank_files_applied").asLong()).isEqualTo(2);
            assertThat(after.get("bank_answers_applied").asLong()).isEqualTo(3);
            assertThat(nights.outbox(DEC_3).resolve("bank-feedback-rejects-2026-12-03.csv")).doesNotExist();

            try (Workbook workbook = new XSSFWorkbook(nights.outbox(DEC_3).resolve("refund-report-2026-12-03.xlsx")
                    .toFile())) {
                assertThat(workbook.getSheetIndex("Open items")).isEqualTo(workbook.getSheetIndex("Rejected") + 1);
                Sheet sheet = workbook.getSheet("Open items");
                assertThat(sheet.getLastRowNum()).isEqualTo(2);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(FIRST);
                assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(495.00);
                assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("End customer deceased");
            }
        }

        @Test
        void aReturnedRefundIsPaidAgainWithANewEndToEndId() throws Exception {
            threePaymentsSent();
            nights.bankFile("status-1.xml", "<pain.002/>");
            bank.answers("status-1.xml", new BankAnswer(FIRST, Outcome.REJECTED, "AC04", "Closed account number", null));
            nights.night(DEC_3);
            nights.sheet("week2.csv", row("2000001", "MC-DATA", IBAN_3, "L-01b"));
            nights.night(DEC_4);

            assertThat(nights.transfers(DEC_4)).containsExactly(FIRST + "-2 " + DATA_FULL + " " + IBAN_3);
            assertThat(nights.payments(FIRST)).containsExactly("1 2026-11-30 " + FIRST + " 495.00 " + IBAN_1,
                    "2 2026-12-04 " + FIRST + "-2 495.00 " + IBAN_3);
            assertThat(nights.events(FIRST)).containsExactly(">PAYABLE 2026-11-30 week1.csv:2 " + IBAN_1,
                    "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + IBAN_1,
                    "SENT>RETURNED 2026-12-03 status-1.xml AC04 " + IBAN_1,
                    "RETURNED>PAYABLE 2026-12-04 week2.csv:2 " + IBAN_3,
                    "PAYABLE>SENT 2026-12-04 reimbursements-2026-12-04.xml " + IBAN_3);
            assertThat(nights.csv("open-items", DEC_4).rows()).isEmpty();

            JobHome.delete(home.resolve("bank-inbox"));
            nights.bankFile("status-2.xml", "<pain.002 second/>");
            bank.answers("status-2.xml", new BankAnswer(FIRST, Outcome.ACCEPTED, null, null, null),
                    new BankAnswer(FIRST + "-2", Outcome.ACCEPTED, null, null, null));
            nights.night(DEC_4.plusDays(1));
            assertThat(nights.csv("bank-feedback-rejects", DEC_4.plusDays(1)).rows()).extracting(r -> r.get("file"),
                    r -> r.get("end_to_end_id"), r -> r.get("reason")).containsExactly(tuple("status-2.xml", FIRST,
                    "refund " + FIRST + " was paid again since (attempt 2): an answer for attempt 1 is not applied"));
            assertThat(nights.state(FIRST)).isEqualTo("SETTLED");
        }

        @Test
        void aGroupRejectionReturnsEveryTransferOfTheMessage() throws Exception {
            threePaymentsSent();
            nights.bankFile("status-1.xml", "<pain.002/>");
            bank.groupRejection("status-1.xml", "REFUND-20261130", "AM04", "Insufficient funds");
            nights.night(DEC_3);

            assertThat(nights.csv("open-items", DEC_3).rows()).extracting(r -> r.get("refund_id"),
                    r -> r.get("reason_code")).containsExactly(tuple(FIRST, "AM04"), tuple(SECOND, "AM04"),
                    tuple(THIRD, "AM04"));
        }

        @Test
        void whatCannotBeAppliedIsReportedAndAFileIsAppliedOnce() throws Exception {
            threePaymentsSent();
            nights.bankFile("garbage.xml", "not a bank file");
            nights.bankFile("status-1.xml", "<pain.002/>");
            bank.answers("status-1.xml", new BankAnswer(FIRST, Outcome.ACCEPTED, null, null, null),
                    new BankAnswer("R20991231-001-0000009", Outcome.REJECTED, "AC01", "Incorrect account number", null),
                    new BankAnswer(SECOND, Outcome.RETURNED, "MD07", "End customer deceased", new BigDecimal("1.00")),
                    new BankAnswer(THIRD, Outcome.PENDING, null, null, null));
            nights.night(DEC_3);

            assertThat(nights.csv("bank-feedback-rejects", DEC_3).rows()).extracting(r -> r.get("file"),
                    r -> r.get("end_to_end_id"), r -> r.get("reason")).containsExactly(
                    tuple("garbage.xml", "", "cannot be read: garbage.xml: not a bank feedback message; ask the bank"
                            + " for the file again"),
                    tuple("status-1.xml", "R20991231-001-0000009", "unknown EndToEndId: no transfer of this program"
                            + " has it; check the answer with the bank"),
                    tuple("status-1.xml", SECOND, "the bank names 1.00 but 384.60 was paid to refund " + SECOND
                            + ": not applied, check the answer with the bank"));
            assertThat(nights.state(FIRST)).isEqualTo("SETTLED");
            assertThat(nights.state(SECOND)).as("an amount that differs is not applied").isEqualTo("SENT");
            assertThat(nights.state(THIRD)).as("pending changes nothing").isEqualTo("SENT");
            JsonNode after = summary(DEC_3).get("after_the_night");
            assertThat(after.get("bank_files_applied").asLong()).isEqualTo(1);
            assertThat(after.get("bank_files_refused").asLong()).isEqualTo(1);
            assertThat(after.get("bank_feedback_rejects").asLong()).isEqualTo(3);

            JobHome.delete(home.resolve("bank-inbox"));
            nights.bankFile("status-1-again.xml", "<pain.002/>");
            nights.night(DEC_4);

            assertThat(nights.csv("bank-feedback-rejects", DEC_4).rows()).extracting(r -> r.get("file"),
                    r -> r.get("reason")).containsExactly(tuple("status-1-again.xml", "read before: the run of"
                    + " 2026-12-03 applied these bytes as status-1.xml; not applied again, remove the file from the"
                    + " bank inbox"));
            assertThat(nights.events(FIRST)).hasSize(3);
            assertThat(nights.events(SECOND)).hasSize(2);
        }

        @Test
        void aRefundSentMoreThanSettleDaysAgoWithoutAnswerIsSettled() throws Exception {
            threePaymentsSent();
            nights.night(NOV_30.plusDays(30));
            assertThat(nights.state(FIRST)).as("30 days is not more than 30").isEqualTo("SENT");

            nights.night(NOV_30.plusDays(31));

            assertThat(nights.events(FIRST)).endsWith("SENT>SETTLED 2026-12-31 refund.settle-days " + IBAN_1);
            assertThat(nights.state(SECOND)).isEqualTo("SETTLED");
            assertThat(summary(NOV_30.plusDays(31)).get("after_the_night").get("settled_by_age").asLong())
                    .isEqualTo(3);
        }
    }
}
