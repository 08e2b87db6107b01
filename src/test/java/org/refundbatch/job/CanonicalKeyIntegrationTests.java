package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One student however the id is typed (DESIGN §8), and a withdrawal date that is not in the year named. */
@DatabaseTest
@SpringBatchTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class CanonicalKeyIntegrationTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);
    private static final String HEADER =
            "student_id,last_name,first_name,micro_credential,academic_year,withdrawal_date,amount_paid,iban,bic,reference\n";

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
    RefundProperties properties;

    @BeforeEach
    void newInstallation() throws IOException {
        JobHome.reset(home, jdbc);
    }

    @Test
    void anIdTypedAnotherWayOnTheNextNightIsTheSameStudentAndADuplicate() throws Exception {
        Files.writeString(home.resolve("inbox/withdrawals-monday.csv"), HEADER
                + "s0123456,Peeters,Anna,MC-DATA,2026-2027,2026-10-15,,BE68 5390 0754 7034,,WD-1\n");
        assertThat(night(NIGHT)).isEqualTo(BatchStatus.COMPLETED);
        Files.writeString(home.resolve("inbox/withdrawals-tuesday.csv"), HEADER
                + " S 0123456,Peeters,Anna,mc-data,2026-2027,2026-10-16,,BE68 5390 0754 7034,,WD-2\n");

        assertThat(night(NIGHT.plusDays(1))).isEqualTo(BatchStatus.COMPLETED);

        CsvFile first = CsvFile.read(properties.outboxDir(NIGHT).resolve("reimbursements-2026-11-30.csv"));
        assertThat(first.rows()).extracting(r -> r.get("refund_id"), r -> r.get("student_id"),
                r -> r.get("refund_amount"), r -> r.get("status"))
                .containsExactly(tuple("R20261130-001-0000002", "S0123456", "495.00", "PAYABLE"));
        assertThat(jdbc.queryForList("SELECT refund_key FROM refund", String.class))
                .containsExactly("S0123456|MC-DATA|2026-2027");
        Path secondOutbox = properties.outboxDir(NIGHT.plusDays(1));
        assertThat(CsvFile.read(secondOutbox.resolve("reimbursements-2026-12-01.csv")).rows()).isEmpty();
        assertThat(CsvFile.read(secondOutbox.resolve("rejected-2026-12-01.csv")).rowsWith("source_row", "2"))
                .extracting(r -> r.get("source_file"), r -> r.get("source_row"), r -> r.get("column"),
                        r -> r.get("value"), r -> r.get("reason"), r -> r.get("student_id"))
                .containsExactly(tuple("withdrawals-tuesday.csv", "2", "student_id", "S0123456",
                        "already refunded in the run of 2026-11-30: S0123456 / MC-DATA / 2026-2027 from"
                                + " withdrawals-monday.csv row 2 (refund R20261130-001-0000002)",
                        "S 0123456"));
    }

    @Test
    void idsThatDifferOnlyInCaseAreOneStudentInTheSameSheet() throws Exception {
        Files.writeString(home.resolve("inbox/withdrawals.csv"), HEADER
                + "r0456789,Jacobs,Noah,MC-ETHICS,2026-2027,2026-10-01,,BE71 0961 2345 6769,,WD-3\n"
                + "R0456789,Jacobs,Noah,MC-ETHICS,2026-2027,2026-10-02,,BE71 0961 2345 6769,,WD-4\n");

        assertThat(night(NIGHT)).isEqualTo(BatchStatus.COMPLETED);

        Path outbox = properties.outboxDir(NIGHT);
        assertThat(CsvFile.read(outbox.resolve("reimbursements-2026-11-30.csv")).rows())
                .extracting(r -> r.get("student_id"), r -> r.get("source_row")).containsExactly(tuple("R0456789", "2"));
        assertThat(CsvFile.read(outbox.resolve("rejected-2026-11-30.csv")).rows())
                .extracting(r -> r.get("source_row"), r -> r.get("reason"))
                .containsExactly(tuple("3", "already refunded earlier in this run (2026-11-30): R0456789 / MC-ETHICS"
                        + " / 2026-2027 from withdrawals.csv row 2 (refund R20261130-001-0000002)"));
    }

    @Test
    void aWithdrawalAfterTheYearItNamesIsRejectedAndOneBeforeItStartsIsRefundedInFull() throws Exception {
        Files.writeString(home.resolve("inbox/withdrawals.csv"), HEADER
                + "0234567,Janssens,Lucas,MC-DATA,2025-2026,2026-11-05,,BE71 0961 2345 6769,,WD-5\n"
                + "0345678,Maes,Elise,MC-DATA,2025-2026,2026-08-31,,BE71 0961 2345 6769,,WD-6\n"
                + "0456789,Jacobs,Noah,MC-ETHICS,2026-2027,2026-08-20,,BE71 0961 2345 6769,,WD-7\n");

        assertThat(night(NIGHT)).isEqualTo(BatchStatus.COMPLETED);

        Path outbox = properties.outboxDir(NIGHT);
        assertThat(CsvFile.read(outbox.resolve("rejected-2026-11-30.csv")).rows())
                .extracting(r -> r.get("source_file"), r -> r.get("source_row"), r -> r.get("column"),
                        r -> r.get("value"), r -> r.get("reason"))
                .containsExactly(tuple("withdrawals.csv", "2", "withdrawal_date", "2026-11-05",
                        "withdrawal_date 2026-11-05 is after the academic year 2025-2026 (ends 31 August 2026):"
                                + " check the year or the date"));
        assertThat(CsvFile.read(outbox.resolve("reimbursements-2026-11-30.csv")).rows())
                .extracting(r -> r.get("student_id"), r -> r.get("academic_year"), r -> r.get("rule"))
                .containsExactly(tuple("0345678", "2025-2026", "NO_REFUND"), tuple("0456789", "2026-2027", "FULL"));
    }

    /** Not a JobExecution: Spring Batch Test would take a method returning one for a factory. */
    private BatchStatus night(LocalDate runDate) throws Exception {
        return jobOperatorTestUtils.startJob(new JobParametersBuilder().addLocalDate("runDate", runDate)
                .toJobParameters()).getStatus();
    }
}
