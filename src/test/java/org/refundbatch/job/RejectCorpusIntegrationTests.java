package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
 * A night of bad sheets ({@code src/test/resources/corpus}, made by {@code make-corpus.sh} from what was typed):
 * every file that cannot be read and every row that cannot be refunded ends in the rejects file with exactly
 * the reason of {@code expected-rejects.csv}, and the good sheets and rows of the night are still refunded.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class RejectCorpusIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    private static final List<String> EXPECTED_COLUMNS = List.of("file", "row", "column", "value", "reason");

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
    void rejectsEveryBadFileAndRowWithItsReasonAndRefundsTheRest() throws Exception {
        Path corpus = Path.of(getClass().getResource("/corpus").toURI());
        dropTheCorpus(corpus, Files.createDirectories(home.resolve("inbox")));

        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        NightOutputs night = NightOutputs.read(properties.outboxDir(RUN_DATE), RUN_DATE);
        CsvFile expected = CsvFile.read(corpus.resolve("expected-rejects.csv"));
        assertThat(expected.header()).isEqualTo(EXPECTED_COLUMNS);
        assertThat(night.rejects().rows()).extracting(r -> List.of(r.get("source_file"), r.get("source_row"),
                        r.get("column"), r.get("value"), r.get("reason")))
                .containsExactlyElementsOf(expected.rows().stream()
                        .map(r -> EXPECTED_COLUMNS.stream().map(r::get).toList()).toList());

        assertThat(night.refunds().rows()).extracting(r -> r.get("source_file"), r -> r.get("source_row"),
                r -> r.get("student_id"), r -> r.get("rule"), r -> r.get("status"), r -> r.get("iban")).containsExactly(
                tuple("bad-rows.xlsx", "2", "0500001", "FULL", "PAYABLE", "BE41063012345610"),
                tuple("bad-rows.xlsx", "21", "0500020", "NO_REFUND", "NOTHING_DUE", ""),
                tuple("good.csv", "2", "0500101", "FULL_SECOND_SEMESTER_ONLY", "PAYABLE", "BE79735556677833"),
                tuple("good.csv", "3", "0500102", "FULL", "PAYABLE", "BE68068998877634"));
        assertThat(night.summary().get("files_read").asInt()).isEqualTo(9);
        assertThat(night.summary().get("files_rejected").asInt()).isEqualTo(7);
        assertThat(night.rowsRead()).isEqualTo(23).isEqualTo(night.refundCount() + night.rowsRejected());
    }

    /** What the corpus was made from, and the table of what it must give. */
    private static boolean isSource(String name) {
        return name.endsWith(".typed.tsv") || name.endsWith(".fods") || name.endsWith(".sh")
                || name.equals("expected-rejects.csv");
    }

    /** The corpus's files, and a password-protected copy of bad-rows.xlsx encrypted as Excel does it. */
    private static void dropTheCorpus(Path corpus, Path inbox) throws IOException, GeneralSecurityException {
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!isSource(name)) {
                    Files.copy(file, inbox.resolve(name));
                }
            }
        }
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(corpus.resolve("bad-rows.xlsx"), out);
            }
            try (OutputStream file = Files.newOutputStream(inbox.resolve("password-protected.xlsx"))) {
                container.writeFilesystem(file);
            }
        }
    }
}
