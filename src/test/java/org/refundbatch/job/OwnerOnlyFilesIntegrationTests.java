package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.run.RunLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Safe by default (DESIGN §7): what a night writes is readable by the job's user only. */
@SpringBatchTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class OwnerOnlyFilesIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        TestDatabase.registerNight(registry, home);
        registry.add("refund.archive", () -> home.resolve("archive").toString());
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Files.writeString(tmp.resolve("poi-sxssf-sheet-left-by-a-killed-run.xml"), "<row/>");
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    RefundProperties properties;

    @Test
    void writesOutputsWorkCopiesArchiveAndTemporaryFilesForTheOwnerOnly() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox.resolve("withdrawals-2026-11.csv"));

        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(home.resolve("tmp")).isEmptyDirectory();
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(permissions(home.resolve("tmp"))).isEqualTo("rwx------");
        for (Path dir : new Path[] {properties.outboxDir(RUN_DATE), properties.workDir(RUN_DATE),
                properties.archiveDir(RUN_DATE), properties.feedbackDir(RUN_DATE)}) {
            assertThat(permissions(dir)).as(dir.toString()).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(file ->
                        assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void createsTheJobHomeAndItsRunLockForTheOwnerOnly(@TempDir Path parent) throws Exception {
        Path jobHome = parent.resolve("refund-home");

        try (RunLock lock = RunLock.tryAcquire(jobHome)) {
            assertThat(lock).isNotNull();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(permissions(jobHome)).isEqualTo("rwx------");
                assertThat(permissions(jobHome.resolve(RunLock.FILE_NAME))).isEqualTo("rw-------");
            }
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
