package org.refundbatch.payout.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.OpenItem;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.RunSummary;
import org.refundbatch.ledger.RunSummaryQuery;
import org.refundbatch.payout.AtomicFile;
import org.refundbatch.payout.CsvOutputs;
import org.refundbatch.payout.RefundReportWriter;
import org.refundbatch.payout.RunSummaryWriter;
import org.refundbatch.policy.RefundStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's files from the ledger: first checks that every row read is a refund, a reject or a release,
 * then writes the CSV files (with the open items), the bank file and the finance workbook side by side, then
 * moves the night's payments to {@code SENT} and writes the run summary. The ledger
 * is read once: this thread reads it, a page at a time, and hands the rows to the three writers, each on its
 * own thread, through {@link RowPipe}s that hold a few batches, so the slowest writer sets the pace and memory
 * stays bounded. Each file is written whole under a temporary name, so a restarted step simply writes them
 * all again.
 */
public class ExportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

    /** Rows handed to the writers at a time. */
    private static final int BATCH_ROWS = 1_000;

    private final LocalDate runDate;
    private final Path dir;
    private final LedgerRepository ledger;
    private final RunSummaryQuery summaries;
    private final IntakeCounts counts;
    private final BankFileExport bankFile;
    private final AfterTheNightExport afterTheNight;

    public ExportTasklet(LocalDate runDate, Path dir, LedgerRepository ledger, RunSummaryQuery summaries,
                  IntakeCounts counts, BankFileExport bankFile, AfterTheNightExport afterTheNight) {
        this.runDate = runDate;
        this.dir = dir;
        this.ledger = ledger;
        this.summaries = summaries;
        this.counts = counts;
        this.bankFile = bankFile;
        this.afterTheNight = afterTheNight;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunSummary summary = summaries.summarize(runDate,
                counts.rowsRead(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()));
        if (!summary.balanced()) {
            throw new IllegalStateException("rows read (" + summary.rowsRead() + ") differ from refunds ("
                    + summary.refunds() + ") + rejects (" + summary.rowsRejected() + ") + releases ("
                    + summary.afterTheNight().releases() + "): no files written");
        }
        int leftovers = AtomicFile.deleteLeftovers(dir); // the run lock keeps every other writer out
        if (leftovers > 0) {
            log.info("Deleted {} half-written file(s) of an interrupted attempt in {}", leftovers, dir);
        }
        RowPipe<RefundRecord> refundsToCsv = new RowPipe<>();
        RowPipe<RefundRecord> payablesToBank = new RowPipe<>();
        RowPipe<RefundRecord> refundsToReport = new RowPipe<>();
        RowPipe<CreditRecord> creditsToCsv = new RowPipe<>();
        RowPipe<CreditRecord> creditsToReport = new RowPipe<>();
        RowPipe<RejectRecord> rejectsToCsv = new RowPipe<>();
        RowPipe<RejectRecord> rejectsToReport = new RowPipe<>();
        RowPipe<OpenItem> openItemsToCsv = new RowPipe<>();
        RowPipe<OpenItem> openItemsToReport = new RowPipe<>();
        List<RowPipe<?>> csvPipes = List.of(refundsToCsv, creditsToCsv, rejectsToCsv, openItemsToCsv);
        List<RowPipe<?>> reportPipes = List.of(refundsToReport, creditsToReport, rejectsToReport, openItemsToReport);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> written = List.of(
                    writers.submit(writer(csvPipes, () -> {
                        CsvOutputs csv = new CsvOutputs();
                        csv.writeAll(runDate, dir, refundsToCsv, creditsToCsv, rejectsToCsv);
                        csv.writeOpenItems(runDate, dir, openItemsToCsv);
                    })),
                    writers.submit(writer(List.of(payablesToBank), () -> bankFile.write(runDate, dir, payablesToBank))),
                    writers.submit(writer(reportPipes, () -> writeWorkbook(summary, refundsToReport, creditsToReport,
                            rejectsToReport, openItemsToReport))));
            List<RowPipe<?>> all = List.of(refundsToCsv, payablesToBank, refundsToReport, creditsToCsv,
                    creditsToReport, rejectsToCsv, rejectsToReport, openItemsToCsv, openItemsToReport);
            try {
                try (Stream<RefundRecord> refunds = afterTheNight.lines(runDate, ledger.refunds(runDate))) {
                    readOnce(refunds, List.of(refundsToCsv, refundsToReport), payablesToBank,
                            refund -> refund.status() == RefundStatus.PAYABLE);
                }
                try (Stream<CreditRecord> credits = ledger.creditRecords(runDate)) {
                    readOnce(credits, List.of(creditsToCsv, creditsToReport));
                }
                try (Stream<RejectRecord> rejects = ledger.rejects(runDate)) {
                    readOnce(rejects, List.of(rejectsToCsv, rejectsToReport));
                }
                try (Stream<OpenItem> openItems = afterTheNight.openItems(runDate)) {
                    readOnce(openItems, List.of(openItemsToCsv, openItemsToReport));
                }
            } catch (RuntimeException | InterruptedException e) {
                all.forEach(pipe -> pipe.fail(e));
                try {
                    awaitAll(written); // the writers stop at the failure, and their files are not moved into place
                } catch (Exception followed) {
                    // they failed because the read did: the read's failure is the one to report
                }
                throw e;
            }
            awaitAll(written);
        } finally {
            writers.shutdownNow();
        }
        afterTheNight.writeBankFeedbackRejects(runDate, dir);
        new RunSummaryWriter().write(summary, dir.resolve("run-summary-" + runDate + ".json"));
        RunReport.log(log, summary, dir);
        return RepeatStatus.FINISHED;
    }

    private void writeWorkbook(RunSummary summary, Iterator<RefundRecord> refunds, Iterator<CreditRecord> credits,
                               Iterator<RejectRecord> rejects, Iterator<OpenItem> openItems) throws IOException {
        new RefundReportWriter().write(dir.resolve(RefundReportWriter.fileName(runDate)), summary,
                refunds, credits, rejects, openItems);
    }

    /** Work of one writer, which abandons its pipes when it is done, so the reader never waits for it. */
    private static Callable<Void> writer(List<RowPipe<?>> pipes, Output output) {
        return () -> {
            try {
                output.write();
                return null;
            } finally {
                pipes.forEach(RowPipe::abandon);
            }
        };
    }

    @FunctionalInterface
    private interface Output {
        void write() throws IOException;
    }

    /** Reads the rows once and hands them, a batch at a time, to every pipe of {@code all}; then ends the pipes. */
    private static <T> void readOnce(Stream<T> rows, List<RowPipe<T>> all) throws InterruptedException {
        readOnce(rows, all, null, null);
    }

    /**
     * Reads the rows once and hands them, a batch at a time, to every pipe of {@code all}, and those that pass
     * {@code filter} to {@code some}; then ends the pipes.
     */
    private static <T> void readOnce(Stream<T> rows, List<RowPipe<T>> all, RowPipe<T> some, Predicate<T> filter)
            throws InterruptedException {
        List<T> batch = new ArrayList<>(BATCH_ROWS);
        Iterator<T> it = rows.iterator();
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == BATCH_ROWS || !it.hasNext()) {
                for (RowPipe<T> pipe : all) {
                    pipe.send(batch);
                }
                if (some != null) {
                    some.send(batch.stream().filter(filter).toList());
                }
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }
        for (RowPipe<T> pipe : all) {
            pipe.end();
        }
        if (some != null) {
            some.end();
        }
    }

    /** Waits for every writer and throws the first failure, with the others suppressed. */
    private static void awaitAll(List<Future<?>> written) throws Exception {
        Exception failure = null;
        for (Future<?> result : written) {
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
    }
}
