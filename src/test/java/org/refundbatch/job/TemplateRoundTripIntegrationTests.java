package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
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
 * The template {@code --template} writes, filled in LibreOffice Calc and saved by it
 * ({@code sheets/template-filled.xlsx}, made by {@code fill-template-in-calc.py} from
 * {@code template-filled.typed.tsv}): the night reads it and gives the expected refunds.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class TemplateRoundTripIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    RefundProperties properties;

    @Test
    void refundsTheRowsTypedIntoTheTemplate() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.copy(Path.of(getClass().getResource("/sheets/template-filled.xlsx").toURI()),
                inbox.resolve("stopzettingen-december.xlsx"));

        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        NightOutputs night = NightOutputs.read(properties.outboxDir(RUN_DATE), RUN_DATE);
        assertThat(night.rejects().rows()).isEmpty();
        assertThat(night.refunds().rows()).extracting(r -> r.get("source_row"), r -> r.get("student_id"),
                r -> r.get("academic_year"), r -> r.get("rule"), r -> r.get("amount_paid"),
                r -> r.get("refund_amount"), r -> r.get("status"), r -> r.get("reference")).containsExactly(
                tuple("2", "0500401", "2026-2027", "FULL", "495.00", "495.00", "PAYABLE", "TPL-2"),
                tuple("3", "0500402", "2026-2027", "FULL_SECOND_SEMESTER_ONLY", "", "384.60", "PAYABLE", "TPL-3"),
                tuple("4", "0500403", "2026-2027", "SECOND_SEMESTER_TUITION", "495.00", "124.20", "ON_HOLD",
                        "TPL-4"));
    }
}
