package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bank's answers in {@code input-samples/bank/}, read by the real ISO 20022 reader, applied to the refunds of
 * the sample night they answer (DESIGN §8): rejected and returned transfers become open items with the bank's
 * reason, accepted and booked ones settle, and a file read before changes nothing.
 */
@SpringBatchTest
@DirtiesContext
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class SampleBankFeedbackIntegrationTests {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
    static final Path SAMPLES = Path.of("input-samples");
    static final String CLOSED = "R20261130-002-0000003";
    static final String DECEASED = "R20261130-003-0000003";
    static final String WRONG_ACCOUNT = "R20261130-002-0000004";

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

    LifecycleNights nights;

    @BeforeEach
    void theSampleNight() throws Exception {
        nights = new LifecycleNights(home, jdbc, jobOperatorTestUtils);
        nights.reset();
        try (var sheets = Files.list(SAMPLES)) {
            for (Path sheet : sheets.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("catalog.csv")).toList()) {
                Files.copy(sheet, home.resolve("inbox").resolve(sheet.getFileName()));
            }
        }
        nights.night(NOV_30);
        assertThat(payable()).hasSize(20).contains(CLOSED, DECEASED, WRONG_ACCOUNT);
    }

    @Test
    void aStatusReportReturnsTheRejectedTransfersAndSettlesTheAcceptedOnes() throws Exception {
        dropBankFile("status-report-2026-12-01.xml");
        nights.night(DEC_1);

        assertThat(nights.events(CLOSED)).last().isEqualTo("SENT>RETURNED 2026-12-01 status-report-2026-12-01.xml AC04 "
                + iban(CLOSED));
        assertThat(nights.events(DECEASED)).last().isEqualTo("SENT>RETURNED 2026-12-01 status-report-2026-12-01.xml"
                + " MD07 " + iban(DECEASED));
        assertThat(states()).containsExactlyInAnyOrder(tuple("RETURNED", 2), tuple("SETTLED", 18));
        assertThat(nights.csv("open-items", DEC_1).rows()).filteredOn(r -> r.get("state").equals("RETURNED"))
                .extracting(r -> r.get("refund_id"), r -> r.get("reason_code"))
                .containsExactlyInAnyOrder(tuple(CLOSED, "AC04"), tuple(DECEASED, "MD07"));
        assertThat(nights.outbox(DEC_1).resolve("bank-feedback-rejects-2026-12-01.csv")).doesNotExist();
    }

    @Test
    void aDebitNotificationAfterTheStatusReportReturnsTheTransferSentBackAndChangesNothingElse() throws Exception {
        dropBankFile("status-report-2026-12-01.xml");
        nights.night(DEC_1);
        Files.delete(home.resolve("bank-inbox").resolve("status-report-2026-12-01.xml"));
        dropBankFile("debit-notification-2026-12-03.xml");
        nights.night(DEC_3);

        assertThat(nights.events(WRONG_ACCOUNT)).containsExactly(
                ">PAYABLE 2026-11-30 stopzettingen-2026-11-week2.xls:4 " + iban(WRONG_ACCOUNT),
                "PAYABLE>SENT 2026-11-30 reimbursements-2026-11-30.xml " + iban(WRONG_ACCOUNT),
                "SENT>SETTLED 2026-12-01 status-report-2026-12-01.xml " + iban(WRONG_ACCOUNT),
                "SETTLED>RETURNED 2026-12-03 debit-notification-2026-12-03.xml AC01 " + iban(WRONG_ACCOUNT));
        assertThat(states()).containsExactlyInAnyOrder(tuple("RETURNED", 3), tuple("SETTLED", 17));
        assertThat(nights.outbox(DEC_3).resolve("bank-feedback-rejects-2026-12-03.csv"))
                .as("a booking of a transfer the status report accepted is no news").doesNotExist();

        nights.night(DEC_4);
        assertThat(nights.csv("bank-feedback-rejects", DEC_4).rows()).singleElement()
                .satisfies(r -> assertThat(r.values()).anyMatch(v -> v.contains("debit-notification-2026-12-03.xml")));
        assertThat(states()).as("read before: applied once").containsExactlyInAnyOrder(tuple("RETURNED", 3),
                tuple("SETTLED", 17));
    }

    @Test
    void aGroupRejectionReturnsEveryTransferOfTheFile() throws Exception {
        dropBankFile("status-report-2026-12-01-rejected.xml");
        nights.night(DEC_1);

        assertThat(states()).containsExactly(tuple("RETURNED", 20));
        assertThat(nights.events(CLOSED)).last().asString().startsWith("SENT>RETURNED 2026-12-01 "
                + "status-report-2026-12-01-rejected.xml AM04");
        assertThat(nights.csv("open-items", DEC_1).rowsWith("state", "RETURNED")).hasSize(20);
    }

    @Test
    void aRejectionAfterAnAcceptanceStillReturnsTheSettledTransfers() throws Exception {
        dropBankFile("status-report-2026-12-01.xml");
        nights.night(DEC_1);
        Files.delete(home.resolve("bank-inbox").resolve("status-report-2026-12-01.xml"));
        dropBankFile("status-report-2026-12-01-rejected.xml");
        nights.night(DEC_3);

        assertThat(states()).as("the bank paid none of them: every euro is owed again")
                .containsExactly(tuple("RETURNED", 20));
        assertThat(nights.events(WRONG_ACCOUNT)).last().asString()
                .startsWith("SETTLED>RETURNED 2026-12-03 status-report-2026-12-01-rejected.xml AM04");
        assertThat(nights.csv("bank-feedback-rejects", DEC_3).rows()).as("the two returned already")
                .extracting(r -> r.get("end_to_end_id")).containsExactlyInAnyOrder(CLOSED, DECEASED);
        assertThat(nights.csv("open-items", DEC_3).rowsWith("state", "RETURNED")).hasSize(20);
    }

    private void dropBankFile(String name) throws IOException {
        Files.createDirectories(home.resolve("bank-inbox"));
        Files.copy(SAMPLES.resolve("bank").resolve(name), home.resolve("bank-inbox").resolve(name));
    }

    private List<String> payable() {
        return jdbc.queryForList("SELECT refund_id FROM refund WHERE status = 'PAYABLE'", String.class);
    }

    private String iban(String refundId) {
        return jdbc.queryForObject("SELECT iban FROM refund WHERE refund_id = ?", String.class, refundId);
    }

    private List<org.assertj.core.groups.Tuple> states() {
        return jdbc.query("SELECT state, COUNT(*) FROM refund WHERE status = 'PAYABLE' GROUP BY state",
                (rs, n) -> tuple(rs.getString(1), rs.getInt(2)));
    }
}
