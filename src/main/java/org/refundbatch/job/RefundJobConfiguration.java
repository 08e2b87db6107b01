package org.refundbatch.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.refundbatch.catalog.Catalog;
import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.feedback.FeedbackWorkbook;
import org.refundbatch.feedback.SheetFeedback;
import org.refundbatch.feedback.batch.FeedbackTasklet;
import org.refundbatch.intake.InboxStager;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.StagedSheet;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.intake.batch.ArchiveTasklet;
import org.refundbatch.intake.batch.IntakeProgressListener;
import org.refundbatch.intake.batch.ReadAheadIntakeReader;
import org.refundbatch.intake.batch.RestoredPositionListener;
import org.refundbatch.intake.batch.StagingTasklet;
import org.refundbatch.intake.batch.WithdrawalProcessor;
import org.refundbatch.ledger.BankFeedbackRepository;
import org.refundbatch.ledger.IssuedMessageRepository;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.OpenItemQuery;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.PendingRefundRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RunSummaryQuery;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.batch.DamagedFiles;
import org.refundbatch.ledger.batch.RefundLedgerWriter;
import org.refundbatch.payout.Debtor;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.payout.Pain001Writer;
import org.refundbatch.payout.batch.AfterTheNightExport;
import org.refundbatch.payout.batch.BankFileExport;
import org.refundbatch.payout.batch.ExportTasklet;
import org.refundbatch.payout.batch.IntakeCounts;
import org.refundbatch.payout.batch.SentTasklet;
import org.refundbatch.policy.RefundPolicy;
import org.refundbatch.sheet.SheetLimits;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly refund job: apply the bank's feedback and settle the refunds left without an answer (see {@link
 * AfterTheNightConfiguration}), stage the inbox, read and assess every withdrawal row in restartable chunks,
 * write the run's files from the ledger, then move the run's sheets to the archive. {@code runDate} is its
 * one identifying parameter: the same date again restarts a failed run, or does nothing after a successful one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RefundProperties.class, Debtor.class, SheetLimits.class})
public class RefundJobConfiguration {

    public static final String JOB_NAME = "refundJob";
    public static final String INTAKE_STEP = "intake";

    @Bean
    Clock clock(RefundProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    LedgerRepository ledgerRepository(JdbcTemplate jdbc) {
        return new LedgerRepository(jdbc);
    }

    @Bean
    StagedFileRepository stagedFileRepository(JdbcTemplate jdbc) {
        return new StagedFileRepository(jdbc);
    }

    @Bean
    RunSummaryQuery runSummaryQuery(JdbcTemplate jdbc) {
        return new RunSummaryQuery(jdbc);
    }

    @Bean
    RefundPolicy refundPolicy(RefundProperties properties) {
        return new RefundPolicy(properties.cutOffCalendar());
    }

    /** The catalogue, loaded once per run; an invalid one fails the run before any withdrawal is read. */
    @Bean
    @JobScope
    Catalog catalog(RefundProperties properties) {
        return new CatalogLoader().load(properties.catalog());
    }

    /**
     * Stage, then read the sheets in one step or, with {@code refund.grid-size} above 1, partitioned (see
     * {@link PartitionedIntakeConfiguration}), then export.
     */
    @Bean
    Job refundJob(JobRepository jobRepository, RefundProperties properties, Step readBankFeedback,
                  Step settleUnanswered, Step stageInbox, Step intake, Step intakeSheets, Step settleRefunds,
                  Step exportFiles, Step markSent, Step writeFeedback, Step archiveInbox) {
        IntakeMode intakeMode = new IntakeMode(jobRepository, properties.gridSize());
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {JobKeys.RUN_DATE}, new String[0]))
                .start(readBankFeedback)
                .next(settleUnanswered)
                .next(stageInbox)
                .next(intakeMode).on(IntakeMode.PARTITIONED.getName()).to(intakeSheets).next(settleRefunds)
                .next(exportFiles)
                .next(markSent)
                .next(writeFeedback)
                .next(archiveInbox)
                .from(intakeMode).on(IntakeMode.SINGLE.getName()).to(intake).next(exportFiles)
                .end()
                .build();
    }

    @Bean
    Step stageInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    StagingTasklet stagingTasklet) {
        return new StepBuilder("stageInbox", jobRepository).tasklet(stagingTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    StagingTasklet stagingTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate, RefundProperties properties,
                                  Catalog catalog, StagedFileRepository stagedFiles, LedgerRepository ledger,
                                  SheetLimits limits, Clock clock) {
        return new StagingTasklet(runDate, properties.inbox(), properties.workDir(runDate), properties.catalog(), catalog,
                new InboxStager(stagedFiles, ledger, limits, properties.settleTime(), clock));
    }

    /**
     * Reads, assesses and writes the withdrawals in chunks. The rows are read and assessed on a thread of their
     * own, ahead of the chunk being written (see {@link ReadAheadIntakeReader}).
     */
    @Bean
    Step intake(JobRepository jobRepository, PlatformTransactionManager transactionManager, RefundProperties properties,
                ReadAheadIntakeReader intakeReader, RefundLedgerWriter refundLedgerWriter) {
        return new StepBuilder(INTAKE_STEP, jobRepository)
                .<IntakeOutcome, IntakeOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(intakeReader)
                .writer(refundLedgerWriter)
                .listener(new IntakeProgressListener())
                .listener(new RestoredPositionListener(jobRepository))
                .build();
    }

    @Bean
    @StepScope
    ReadAheadIntakeReader intakeReader(WithdrawalSheetReader withdrawalReader, WithdrawalProcessor withdrawalProcessor,
                                       RefundProperties properties) {
        return new ReadAheadIntakeReader(withdrawalReader, withdrawalProcessor, 2 * properties.chunkSize());
    }

    /** The run's accepted sheets in order or, in a partition of {@code intakeSheets}, the partition's sheet. */
    @Bean
    @StepScope
    WithdrawalSheetReader withdrawalReader(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                           @Value(JobKeys.FILE_SEQ_OF_PARTITION) Integer fileSeq,
                                           StagedFileRepository stagedFiles, SheetLimits limits) {
        // a file the intake found damaged keeps its place: the positions a restart goes on from count it
        List<StagedSheet> sheets = stagedFiles.findByRun(runDate).stream()
                .filter(f -> f.status().readByIntake())
                .filter(f -> fileSeq == null || f.fileSeq() == fileSeq)
                .map(f -> new StagedSheet(f.fileSeq(), f.fileName(), f.stagedPath()))
                .toList();
        return new WithdrawalSheetReader(sheets, limits);
    }

    @Bean
    @StepScope
    WithdrawalProcessor withdrawalProcessor(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate, Catalog catalog,
                                            RefundPolicy policy, RefundProperties properties) {
        return new WithdrawalProcessor(new WithdrawalAssessor(catalog, policy, runDate,
                Pain001Version.of(properties.painVersion())));
    }

    @Bean
    @StepScope
    RefundLedgerWriter refundLedgerWriter(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                          LedgerRepository ledger, RefundEventRepository refundEvents,
                                          DamagedFiles damagedFiles) {
        return new RefundLedgerWriter(ledger, refundEvents, runDate, damagedFiles);
    }

    @Bean
    @StepScope
    DamagedFiles damagedFiles(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate, LedgerRepository ledger,
                              RefundEventRepository refundEvents, StagedFileRepository stagedFiles,
                              PendingRefundRepository pending) {
        return new DamagedFiles(runDate, ledger, refundEvents, stagedFiles, pending);
    }

    @Bean
    Step exportFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     ExportTasklet exportTasklet) {
        return new StepBuilder("exportFiles", jobRepository).tasklet(exportTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    ExportTasklet exportTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate, RefundProperties properties,
                                LedgerRepository ledger, RunSummaryQuery summaries, JobRepository jobRepository,
                                IssuedMessageRepository messages, Debtor debtor, Clock clock,
                                PaymentRepository payments,
                                OpenItemQuery openItems, BankFeedbackRepository bankFeedback) {
        BankFileExport bankFile = new BankFileExport(payments, messages, debtor,
                Pain001Version.of(properties.painVersion()), clock);
        return new ExportTasklet(runDate, properties.outboxDir(runDate), ledger, summaries,
                new IntakeCounts(jobRepository, INTAKE_STEP, PartitionedIntakeConfiguration.INTAKE_SHEET + ":"), bankFile,
                new AfterTheNightExport(payments, openItems, bankFeedback));
    }

    /** The night's payments move to SENT once the export has put its bank file in place, a page per transaction. */
    @Bean
    Step markSent(JobRepository jobRepository, PlatformTransactionManager transactionManager, SentTasklet sentTasklet) {
        return new StepBuilder("markSent", jobRepository).tasklet(sentTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    SentTasklet sentTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate, RefundEventRepository refundEvents) {
        return new SentTasklet(runDate, Pain001Writer.fileName(runDate), refundEvents);
    }

    @Bean
    IssuedMessageRepository issuedMessageRepository(JdbcTemplate jdbc) {
        return new IssuedMessageRepository(jdbc);
    }

    @Bean
    Step writeFeedback(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       FeedbackTasklet feedbackTasklet) {
        return new StepBuilder("writeFeedback", jobRepository).tasklet(feedbackTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    FeedbackTasklet feedbackTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                    RefundProperties properties, LedgerRepository ledger,
                                    StagedFileRepository stagedFiles, PaymentRepository payments,
                                    SheetLimits limits) {
        return new FeedbackTasklet(runDate, properties.feedbackDir(runDate), ledger, stagedFiles, payments,
                new SheetFeedback(new FeedbackWorkbook(properties.feedbackMaxRows(), properties.feedbackMaxComments()),
                        limits));
    }

    @Bean
    Step archiveInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ArchiveTasklet archiveTasklet) {
        return new StepBuilder("archiveInbox", jobRepository).tasklet(archiveTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    ArchiveTasklet archiveTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate, RefundProperties properties,
                                  StagedFileRepository stagedFiles) {
        return new ArchiveTasklet(runDate, properties.inbox(),
                properties.archive() == null ? null : properties.archiveDir(runDate), stagedFiles);
    }
}
