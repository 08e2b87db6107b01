package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.refundbatch.job.FaultInjection.Plan;
import org.refundbatch.job.FaultInjection.Point;
import org.refundbatch.run.NightlyRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One bad file never stops the night (DESIGN §7), for the single-threaded and the partitioned intake alike:
 * beside a good sheet, each bad file is rejected whole with a reason a clerk can act on, its rows are taken
 * back, the good sheet's outputs are those of a night without it, the night completes and the next one runs.
 * The test classes set {@code refund.chunk-size=50} (damage lands chunks after the first commit),
 * {@code refund.limits.shared-strings=1MB} (the bomb is rejected at a size a test can write) and
 * {@code refund.settle-time=PT2M}: every file is dropped as if an hour old, but the one that is not.
 */
abstract class DamagedSheetCases {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    static final String GOOD = "a-good.csv";
    /** The refund ids of the good sheet: it is file 1 of the night. */
    static final String GOOD_IDS = "R20261130-001-";

    /** The outputs of the good sheet alone, read once for all cases. */
    private static GoodSheet alone;

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RefundProperties properties;
    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    Plan faults;

    abstract Path home();

    /** What became of the good sheet in a night. */
    record GoodSheet(List<Map<String, String>> refunds, List<Map<String, String>> credits,
                     List<Map<String, String>> rejects) {

        static GoodSheet of(NightOutputs night) {
            return new GoodSheet(night.refunds().rowsWith("source_file", GOOD),
                    night.creditRecords().rows().stream().filter(r -> r.get("refund_id").startsWith(GOOD_IDS)).toList(),
                    night.rejects().rowsWith("source_file", GOOD));
        }
    }

    /** The sample sheet's 20 data rows: 12 refunds and 8 rejects. */
    static final long GOOD_ROWS = 20;

    /** A bad file, how it is built and what its reject says. */
    enum BadFile {
        QUOTE_ON_ROW_66("z-quote-66.csv", "z-quote-66.csv line 66: not a valid CSV file", "Reading stopped at row 66"),
        QUOTE_ON_ROW_5000("z-quote-5000.csv", "z-quote-5000.csv line 5000: not a valid CSV file",
                "(the 4998 row(s) read before were taken back)"),
        XLSX_CUT_AFTER_ROW_2("z-cut.xlsx", "z-cut.xlsx", "Reading stopped at row 3: the whole file is set aside and"
                + " none of its rows is used tonight (the 1 row(s) read before were taken back)"),
        XLS_DAMAGED_IN_ROW_3("z-damaged.xls", "z-damaged.xls row 3: the sheet is damaged",
                "Reading stopped at row 3: the whole file is set aside"),
        XLSX_REPEATED_ROW_NUMBER("z-repeated.xlsx", "z-repeated.xlsx after row 4: the sheet is damaged and cannot be"
                + " read further (row number 3 comes again after row 4",
                "(the 3 row(s) read before were taken back)"),
        SHARED_STRINGS_BOMB("z-bomb.xlsx", "z-bomb.xlsx: the shared strings (the text of the cells) take more than"
                + " 1,048,576 bytes (the limit refund.limits.shared-strings;", "split the file"),
        ROW_OF_100000_COLUMNS("z-wide-row.csv", "z-wide-row.csv line 70: the row has more than 16,384 columns (the"
                + " limit refund.limits.columns-per-row;", "Reading stopped at row 70"),
        LINE_OF_10_MB("z-long-line.csv", "z-long-line.csv line 40: a line (or a value whose opening quote \" is"
                + " never closed) has more than"
                + " 1,048,576 characters (the"
                + " limit refund.limits.csv-line-length;", "Reading stopped at row 40"),
        WIDE_HEADER("z-wide-header.csv", "z-wide-header.csv row 1: no column", "…"),
        SEP_QUOTE("z-sep.csv", "z-sep.csv line 1: 'sep=\"' names '\"' as the separator", "make the first line 'sep=;'"),
        UNREADABLE("z-locked.csv", "z-locked.csv: cannot be read (permission denied)", "make it readable"),
        SYMBOLIC_LINK("z-link.csv", "z-link.csv: is a symbolic link", "never followed");

        final String fileName;
        final String reasonStart;
        final String reasonPart;

        BadFile(String fileName, String reasonStart, String reasonPart) {
            this.fileName = fileName;
            this.reasonStart = reasonStart;
            this.reasonPart = reasonPart;
        }

        void dropInto(Path inbox, Path home) throws IOException {
            Path file = inbox.resolve(fileName);
            switch (this) {
                case QUOTE_ON_ROW_66 -> BadSheets.csvWithOpenQuote(file, 100, 66);
                case QUOTE_ON_ROW_5000 -> BadSheets.csvWithOpenQuote(file, 5_200, 5_000);
                case XLSX_CUT_AFTER_ROW_2 -> Files.write(file, BadSheets.xlsxCutAfterRow2(BadSheets.xlsx(200)));
                case XLS_DAMAGED_IN_ROW_3 -> Files.write(file, BadSheets.xlsDamagedAfterRow3(BadSheets.xls(200)));
                case XLSX_REPEATED_ROW_NUMBER -> Files.write(file, BadSheets.xlsxWithRepeatedRowNumber(BadSheets.xlsx(10)));
                case SHARED_STRINGS_BOMB -> Files.write(file, BadSheets.xlsxWithSharedStringsBomb(BadSheets.xlsx(3), 16));
                case ROW_OF_100000_COLUMNS -> BadSheets.csv(file, 90, 70, BadSheets.row(70) + ",".repeat(100_000));
                case LINE_OF_10_MB -> BadSheets.csv(file, 60, 40, BadSheets.row(40) + "x".repeat(10 * 1024 * 1024));
                case WIDE_HEADER -> {
                    StringBuilder header = new StringBuilder("last_name,first_name");
                    for (int i = 0; i < 400; i++) {
                        header.append(",a column no withdrawal sheet has, number ").append(i);
                    }
                    Files.writeString(file, header + "\nPeeters,Anna\n");
                }
                case SEP_QUOTE -> Files.writeString(file, "sep=\"\n" + BadSheets.HEADER + "\n" + BadSheets.row(3) + "\n");
                case UNREADABLE -> {
                    BadSheets.csv(file, 5, 0, null);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                }
                case SYMBOLIC_LINK -> {
                    Path outside = home.resolve("outside.csv");
                    BadSheets.csv(outside, 5, 0, null);
                    Files.createSymbolicLink(file, outside);
                    return; // a link's own time cannot be set; it is refused before its time is looked at
                }
            }
            BadSheets.settled(file);
        }
    }

    @BeforeEach
    void theGoodSheetAlone() throws Exception {
        if (alone == null) {
            JobHome.reset(home(), jdbc);
            dropTheGoodSheet();
            assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            NightOutputs night = night(RUN_DATE);
            alone = GoodSheet.of(night);
            assertThat(alone.refunds()).hasSize(12);
            assertThat(alone.rejects()).hasSize(8);
            assertThat(night.rowsRead()).isEqualTo(GOOD_ROWS);
        }
        JobHome.reset(home(), jdbc);
        dropTheGoodSheet();
    }

    @AfterEach
    void noFaultLeftArmed() {
        faults.clear();
    }

    @ParameterizedTest
    @EnumSource(BadFile.class)
    void aBadFileIsRejectedWholeAndTheRestOfTheNightIsAsWithoutIt(BadFile bad) throws Exception {
        bad.dropInto(inbox(), home());
        if (bad == BadFile.UNREADABLE) {
            assumeThat(Files.isReadable(inbox().resolve(bad.fileName))).as("run as a user that permissions stop")
                    .isFalse();
        }

        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        NightOutputs night = night(RUN_DATE);
        assertThat(GoodSheet.of(night)).isEqualTo(alone);
        assertThat(night.rejects().rows()).filteredOn(fromFile(bad.fileName)).singleElement().satisfies(reject -> {
            assertThat(reject.get("source_row")).as("a whole-file reject").isEmpty();
            assertThat(reject.get("reason")).startsWith(bad.reasonStart).contains(bad.reasonPart);
        });
        assertThat(night.refunds().rows()).noneMatch(fromFile(bad.fileName));
        assertThat(night.rowsRead()).isEqualTo(GOOD_ROWS).isEqualTo(night.refundCount() + night.rowsRejected());
        assertThat(night.summary().get("files_rejected").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_refund", Integer.class)).isZero();

        assertThat(nightlyRun.run(RUN_DATE.plusDays(1))).as("the next night runs").isEqualTo(NightlyRun.OK);
    }

    @Test
    void aFileNamedWithNearly255BytesIsRead() throws Exception {
        String name = "é".repeat(125) + ".csv";
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(254);
        BadSheets.csv(inbox().resolve(name), 4, 0, null);
        BadSheets.settled(inbox().resolve(name));

        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        NightOutputs night = night(RUN_DATE);
        assertThat(night.refunds().rowsWith("source_file", name)).extracting(r -> r.get("student_id"))
                .containsExactly("3000002", "3000003", "3000004");
        assertThat(GoodSheet.of(night).refunds()).isEqualTo(alone.refunds());
        assertThat(night.rowsRead()).isEqualTo(GOOD_ROWS + 3);
    }

    @Test
    void aFileModifiedAMomentAgoWaitsInTheInboxForTheNextNight() throws Exception {
        Path fresh = inbox().resolve("z-still-copying.csv");
        BadSheets.csv(fresh, 4, 0, null);

        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        NightOutputs night = night(RUN_DATE);
        assertThat(GoodSheet.of(night)).isEqualTo(alone);
        assertThat(night.rejects().rows()).noneMatch(fromFile("z-still-copying.csv"));
        assertThat(night.summary().get("files_waiting").toString()).isEqualTo("[\"z-still-copying.csv\"]");
        assertThat(night.summary().get("files_rejected").asInt()).isZero();
        assertThat(fresh).exists();
        try (var copies = Files.list(properties.workDir(RUN_DATE))) {
            assertThat(copies.map(p -> p.getFileName().toString())).containsExactly("001-" + GOOD);
        }

        BadSheets.settled(fresh);
        assertThat(nightlyRun.run(RUN_DATE.plusDays(1))).isEqualTo(NightlyRun.OK);
        assertThat(night(RUN_DATE.plusDays(1)).refunds().rowsWith("source_file", "z-still-copying.csv"))
                .extracting(r -> r.get("student_id")).containsExactly("3000002", "3000003", "3000004");
    }

    @Test
    void aKeyRefundedFromADamagedFileIsFreeForALaterFileOfTheNight() throws Exception {
        BadSheets.csvWithOpenQuote(inbox().resolve("b-damaged.csv"), 120, 110);
        BadSheets.settled(inbox().resolve("b-damaged.csv"));
        Files.writeString(inbox().resolve("c-later.csv"), BadSheets.HEADER + "\n" + BadSheets.row(2) + "\n");
        BadSheets.settled(inbox().resolve("c-later.csv"));

        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        NightOutputs night = night(RUN_DATE);
        assertThat(night.refunds().rowsWith("student_id", "3000002")).extracting(r -> r.get("source_file"))
                .containsExactly("c-later.csv");
        assertThat(night.rejects().rows()).filteredOn(fromFile("c-later.csv")).isEmpty();
        assertThat(night.rejects().rows()).filteredOn(fromFile("b-damaged.csv")).extracting(r -> r.get("source_row"))
                .containsExactly("");
        assertThat(GoodSheet.of(night)).isEqualTo(alone);
    }

    @Test
    void aDamagedFileDroppedAgainIsReadAgainAndOnceCorrectedItIsRefunded() throws Exception {
        Path damaged = inbox().resolve("z-quote-66.csv");
        BadSheets.csvWithOpenQuote(damaged, 100, 66);
        BadSheets.settled(damaged);
        byte[] bytes = Files.readAllBytes(damaged);
        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobHome.delete(inbox());
        Files.createDirectories(inbox());

        Files.write(damaged, bytes);
        BadSheets.settled(damaged);
        assertThat(nightlyRun.run(RUN_DATE.plusDays(1))).isEqualTo(NightlyRun.OK);
        assertThat(night(RUN_DATE.plusDays(1)).rejects().rows()).filteredOn(fromFile("z-quote-66.csv"))
                .extracting(r -> r.get("reason")).singleElement().asString()
                .as("read again, not 'already processed'").startsWith("z-quote-66.csv line 66: not a valid CSV file");

        BadSheets.csv(damaged, 100, 0, null);
        BadSheets.settled(damaged);
        assertThat(nightlyRun.run(RUN_DATE.plusDays(2))).isEqualTo(NightlyRun.OK);
        NightOutputs corrected = night(RUN_DATE.plusDays(2));
        assertThat(corrected.refunds().rowsWith("source_file", "z-quote-66.csv")).hasSize(99);
        assertThat(corrected.rowsRead()).isEqualTo(99);
    }

    @Test
    void aRestartAfterAFailureBetweenTheFileRejectAndTheTakeBackEndsAsACleanRun() throws Exception {
        BadFile.QUOTE_ON_ROW_5000.dropInto(inbox(), home());
        BadSheets.csv(inbox().resolve("zz-after.csv"), 30, 0, null);
        BadSheets.settled(inbox().resolve("zz-after.csv"));
        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        RunOutputs clean = RunOutputs.of(properties.outboxDir(RUN_DATE), jdbc);
        JobHome.reset(home(), jdbc);
        dropTheGoodSheet();
        BadFile.QUOTE_ON_ROW_5000.dropInto(inbox(), home());
        BadSheets.csv(inbox().resolve("zz-after.csv"), 30, 0, null);
        BadSheets.settled(inbox().resolve("zz-after.csv"));
        faults.failAt(Point.TAKE_BACK, 1);

        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(RunOutputs.of(properties.outboxDir(RUN_DATE), jdbc)).isEqualTo(clean);
        assertThat(clean.files().get("reimbursements-2026-11-30.csv")).contains("zz-after.csv")
                .doesNotContain("z-quote-5000.csv");
    }

    private void dropTheGoodSheet() throws IOException {
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox().resolve(GOOD));
        BadSheets.settled(inbox().resolve(GOOD));
    }

    private Path inbox() {
        return home().resolve("inbox");
    }

    private NightOutputs night(LocalDate runDate) throws IOException {
        return NightOutputs.read(properties.outboxDir(runDate), runDate);
    }

    private static Predicate<Map<String, String>> fromFile(String name) {
        return r -> name.equals(r.get("source_file"));
    }

    private static JobParameters parameters(LocalDate runDate) {
        return new JobParametersBuilder().addLocalDate("runDate", runDate).toJobParameters();
    }
}
