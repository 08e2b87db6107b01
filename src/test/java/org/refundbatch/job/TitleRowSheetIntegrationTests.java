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
 * A sheet with a title in row 1 and the column names in row 3, typed into Calc and saved by it
 * ({@code sheets/title-row.typed.tsv}): the night reads it, and its refunds and rejects carry the row numbers Calc
 * shows.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class TitleRowSheetIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2027, 3, 31);

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
    void readsTheRowsUnderTheTitleWithTheirRowNumbers() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.copy(Path.of(getClass().getResource("/sheets/title-row.xlsx").toURI()), inbox.resolve("december.xlsx"));

        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        NightOutputs night = NightOutputs.read(properties.outboxDir(RUN_DATE), RUN_DATE);
        assertThat(night.refunds().rows()).extracting(r -> r.get("source_row"), r -> r.get("student_id"),
                r -> r.get("rule"), r -> r.get("refund_amount"), r -> r.get("reference")).containsExactly(
                tuple("4", "0500301", "FULL", "495.00", "TITLE-4"),
                tuple("5", "0500302", "FULL_SECOND_SEMESTER_ONLY", "384.60", "TITLE-5"),
                tuple("7", "0500304", "NO_REFUND", "0.00", "TITLE-7"));
        assertThat(night.rejects().rows()).extracting(r -> r.get("source_file"), r -> r.get("source_row"),
                r -> r.get("column"), r -> r.get("value"))
                .containsExactly(tuple("december.xlsx", "6", "withdrawal_date", "31/02/2026"));
        assertThat(night.rowsRead()).isEqualTo(4);
        assertThat(night.summary().get("files_rejected").asInt()).isZero();
    }
}
