package org.refundbatch.job;

import java.time.LocalDate;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.intake.batch.IntakeProgressListener;
import org.refundbatch.intake.batch.StagedSheetPartitioner;
import org.refundbatch.intake.batch.WithdrawalProcessor;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.PendingRefund;
import org.refundbatch.ledger.PendingRefundRepository;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.batch.DamagedFiles;
import org.refundbatch.ledger.batch.PendingRefundReader;
import org.refundbatch.ledger.batch.PendingRefundWriter;
import org.refundbatch.ledger.batch.RefundKeyRangePartitioner;
import org.refundbatch.ledger.batch.RefundLedgerWriter;
import org.refundbatch.ledger.batch.SettlementWriter;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The partitioned intake of a run with {@code refund.grid-size} above 1. {@code intakeSheets} reads the sheets
 * in parallel, one partition per sheet, into {@code pending_refund}; {@code settleRefunds} then settles them in
 * key ranges, so the rows of one key meet in one partition, in (file, row) order, and the run's outcome is the
 * single-threaded run's exactly. At most {@code grid-size} partitions run at once; a restart runs again only
 * the partitions that did not complete, each from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
public class PartitionedIntakeConfiguration {

    static final String INTAKE_SHEETS = "intakeSheets";
    /** Partition step executions are named {@code intakeSheet:sheet-<file_seq>}. */
    static final String INTAKE_SHEET = "intakeSheet";
    static final String SETTLE_REFUNDS = "settleRefunds";
    static final String SETTLE_KEY_RANGE = "settleKeyRange";

    @Bean
    PendingRefundRepository pendingRefundRepository(JdbcTemplate jdbc) {
        return new PendingRefundRepository(jdbc);
    }

    @Bean
    Step intakeSheets(JobRepository jobRepository, RefundProperties properties, StagedSheetPartitioner sheetPartitioner,
                      Step intakeSheet) {
        return new StepBuilder(INTAKE_SHEETS, jobRepository)
                .partitioner(INTAKE_SHEET, sheetPartitioner)
                .step(intakeSheet)
                .gridSize(properties.gridSize())
                .taskExecutor(partitionThreads("intake-", properties.gridSize()))
                .build();
    }

    @Bean
    @JobScope
    StagedSheetPartitioner sheetPartitioner(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                            StagedFileRepository stagedFiles) {
        return new StagedSheetPartitioner(stagedFiles, runDate);
    }

    /** One sheet: the single-threaded intake's reader and processor, refunds kept pending. */
    @Bean
    Step intakeSheet(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     RefundProperties properties, WithdrawalSheetReader withdrawalReader,
                     WithdrawalProcessor withdrawalProcessor, PendingRefundWriter pendingRefundWriter,
                     IntakeProgressListener partitionProgress) {
        return new StepBuilder(INTAKE_SHEET, jobRepository)
                .<WithdrawalRow, IntakeOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(withdrawalReader)
                .processor(withdrawalProcessor)
                .writer(pendingRefundWriter)
                .listener(new WorkerJobContext())
                .listener(partitionProgress)
                .build();
    }

    @Bean
    @StepScope
    IntakeProgressListener partitionProgress() {
        return new IntakeProgressListener();
    }

    @Bean
    @StepScope
    PendingRefundWriter pendingRefundWriter(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                            LedgerRepository ledger, PendingRefundRepository pending,
                                            DamagedFiles damagedFiles) {
        return new PendingRefundWriter(ledger, pending, runDate, damagedFiles);
    }

    @Bean
    Step settleRefunds(JobRepository jobRepository, RefundProperties properties, Step settleKeyRange) {
        return new StepBuilder(SETTLE_REFUNDS, jobRepository)
                .partitioner(SETTLE_KEY_RANGE, new RefundKeyRangePartitioner())
                .step(settleKeyRange)
                .gridSize(properties.gridSize())
                .taskExecutor(partitionThreads("settle-", properties.gridSize()))
                .build();
    }

    /** One key range: its pending refunds in (file, row) order, refunded or rejected as duplicates. */
    @Bean
    Step settleKeyRange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        RefundProperties properties, PendingRefundReader pendingRefundReader,
                        SettlementWriter settlementWriter) {
        return new StepBuilder(SETTLE_KEY_RANGE, jobRepository)
                .<IntakeOutcome.Refunded, IntakeOutcome.Refunded>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(pendingRefundReader)
                .writer(settlementWriter)
                .build();
    }

    @Bean
    @StepScope
    PendingRefundReader pendingRefundReader(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                            @Value(JobKeys.FROM_BUCKET_OF_PARTITION) int fromBucket,
                                            @Value(JobKeys.TO_BUCKET_OF_PARTITION) int toBucket,
                                            RefundProperties properties, PendingRefundRepository pending) {
        return new PendingRefundReader(pending, runDate, PendingRefund.firstSettleSeq(fromBucket),
                PendingRefund.firstSettleSeq(toBucket), properties.chunkSize());
    }

    @Bean
    @StepScope
    SettlementWriter settlementWriter(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                      RefundLedgerWriter refundLedgerWriter, PendingRefundRepository pending) {
        return new SettlementWriter(refundLedgerWriter, pending, runDate);
    }

    private static SimpleAsyncTaskExecutor partitionThreads(String prefix, int gridSize) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("refund-" + prefix);
        threads.setConcurrencyLimit(gridSize);
        return threads;
    }
}
