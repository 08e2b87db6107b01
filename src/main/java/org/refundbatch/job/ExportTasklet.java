package org.refundbatch.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.RunSummary;
import org.refundbatch.ledger.RunSummaryQuery;
import org.refundbatch.payout.CsvOutputs;
import org.refundbatch.payout.RefundReportWriter;
import org.refundbatch.payout.RunSummaryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's files from the ledger: first checks that every row read is a refund or a reject, then
 * writes the CSV files, the bank file and the finance workbook side by side, then the run summary. Each file
 * is written whole under a temporary name, so a restarted step simply writes them all again.
 */
class ExportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

    private final LocalDate runDate;
    private final Path dir;
    private final LedgerRepository ledger;
    private final RunSummaryQuery summaries;
    private final IntakeCounts counts;
    private final BankFileExport bankFile;

    ExportTasklet(LocalDate runDate, Path dir, LedgerRepository ledger, RunSummaryQuery summaries,
                  IntakeCounts counts, BankFileExport bankFile) {
        this.runDate = runDate;
        this.dir = dir;
        this.ledger = ledger;
        this.summaries = summaries;
        this.counts = counts;
        this.bankFile = bankFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunSummary summary = summaries.summarize(runDate,
                counts.rowsRead(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()));
        if (!summary.balanced()) {
            throw new IllegalStateException("rows read (" + summary.rowsRead() + ") differ from refunds ("
                    + summary.refunds() + ") + rejects (" + summary.rowsRejected() + "): no files written");
        }
        runSideBySide(List.of(
                () -> {
                    new CsvOutputs(ledger).writeAll(runDate, dir);
                    return null;
                },
                () -> {
                    bankFile.write(runDate, dir);
                    return null;
                },
                () -> {
                    writeWorkbook(summary);
                    return null;
                }));
        new RunSummaryWriter().write(summary, dir.resolve("run-summary-" + runDate + ".json"));
        RunReport.log(log, summary, dir);
        return RepeatStatus.FINISHED;
    }

    private void writeWorkbook(RunSummary summary) throws Exception {
        try (Stream<RefundRecord> refunds = ledger.refunds(runDate);
             Stream<CreditRecord> credits = ledger.creditRecords(runDate);
             Stream<RejectRecord> rejects = ledger.rejects(runDate)) {
            new RefundReportWriter().write(dir.resolve(RefundReportWriter.fileName(runDate)),
                    ReportSummaries.of(summary), refunds.iterator(), credits.iterator(), rejects.iterator());
        }
    }

    /** Runs the writers on their own threads (each reads the ledger on its own connection) and waits for all. */
    private static void runSideBySide(List<Callable<Void>> writers) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<Void>> results = executor.invokeAll(writers);
            Exception failure = null;
            for (Future<Void> result : results) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    Exception cause = e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
