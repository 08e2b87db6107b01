package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The night {@code mvn spring-boot:run} runs: every sheet of {@code input-samples/} as it is, the three saved
 * by LibreOffice Calc ({@code src/test/resources/samples} holds what was typed) beside the hand-written CSV.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class InputSamplesIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, home);
        registry.add("refund.inbox", () -> Path.of("input-samples").toAbsolutePath().toString());
        registry.add("refund.catalog", () -> TestDatabase.SAMPLE_CATALOG.toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    RefundProperties properties;

    @Test
    void readsEverySampleSheetAsItsAuthorMeantIt() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        NightOutputs night = NightOutputs.read(properties.outboxDir(RUN_DATE), RUN_DATE);
        assertThat(night.summary().get("files_read").asInt()).isEqualTo(4);
        assertThat(night.summary().get("files_rejected").asInt()).isZero();
        assertThat(night.rowsRead()).isEqualTo(43).isEqualTo(night.refundCount() + night.rowsRejected());
        assertThat(night.refundCount()).isEqualTo(29);

        assertThat(night.refunds().rows()).filteredOn(r -> r.get("source_file").startsWith("stopzettingen"))
                .extracting(r -> r.get("source_row"), r -> r.get("student_id"), r -> r.get("last_name"),
                        r -> r.get("rule"), r -> r.get("amount_paid"), r -> r.get("refund_amount"),
                        r -> r.get("status"))
                .containsExactly(
                        tuple("2", "0411001", "Hermans", "FULL", "495.00", "495.00", "PAYABLE"),
                        tuple("3", "0411002", "Van Acker", "FULL_SECOND_SEMESTER_ONLY", "384.60", "384.60", "PAYABLE"),
                        tuple("4", "0411003", "Bogaerts", "SECOND_SEMESTER_TUITION", "517.50", "87.00", "PAYABLE"),
                        tuple("6", "0411004", "Mertens", "SECOND_SEMESTER_TUITION", "200.00", "0.00", "NOTHING_DUE"),
                        tuple("7", "0411005", "De Backer", "SECOND_SEMESTER_TUITION", "", "48.13", "ON_HOLD"),
                        tuple("8", "0411006", "Smet", "NO_REFUND", "400.00", "0.00", "NOTHING_DUE"),
                        tuple("2", "0422001", "Janssens", "FULL", "250.00", "250.00", "PAYABLE"),
                        tuple("3", "0422002", "Maes", "SECOND_SEMESTER_TUITION", "", "124.20", "PAYABLE"),
                        tuple("4", "0422003", "Claes", "FULL", "", "384.60", "PAYABLE"),
                        tuple("5", "0422004", "Goossens", "FULL", "426.00", "426.00", "PAYABLE"),
                        tuple("6", "0422005", "Dewitte", "SECOND_SEMESTER_TUITION", "400.00", "0.00", "NOTHING_DUE"),
                        tuple("2", "0433001", "Dubois", "FULL", "495.00", "495.00", "PAYABLE"),
                        tuple("3", "0433002", "Van den Broeck", "FULL_SECOND_SEMESTER_ONLY", "384.60", "384.60",
                                "PAYABLE"),
                        tuple("4", "0433003", "François", "SECOND_SEMESTER_TUITION", "300.00", "0.00", "NOTHING_DUE"),
                        tuple("5", "0433004", "Ødegaard", "SECOND_SEMESTER_TUITION", "517.50", "87.00", "PAYABLE"),
                        tuple("6", "0433005", "Lefèvre", "FULL", "82.51", "82.51", "PAYABLE"),
                        tuple("8", "0433007", "Willems", "SECOND_SEMESTER_TUITION", "", "55.20", "ON_HOLD"));
        assertThat(night.refunds().row("student_id", "0411004")).as("2026-27, a date cell shown as 12/11/26")
                .containsEntry("academic_year", "2026-2027").containsEntry("withdrawal_date", "2026-11-12");
        assertThat(night.refunds().row("student_id", "0433005")).as("Windows-1252, an IBAN in lower case")
                .containsEntry("first_name", "Zoë").containsEntry("iban", "BE40001778899063");

        assertThat(night.rejects().rows()).filteredOn(r -> r.get("source_file").startsWith("stopzettingen"))
                .extracting(r -> r.get("source_row"), r -> r.get("column"), r -> r.get("value"))
                .containsExactly(
                        tuple("9", "withdrawal_date", "2026-12-02"),
                        tuple("10", "amount_paid", "384.605"),
                        tuple("7", "micro_credential", "MC-FINANCE"),
                        tuple("8", "iban", "BE68 5390 0754 703"),
                        tuple("7", "amount_paid", "1116.00"),
                        tuple("9", "withdrawal_date", "11/31/2026"));
    }
}
