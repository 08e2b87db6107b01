package org.refundbatch.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.refundbatch.ledger.RunSummary;
import org.refundbatch.ledger.RunSummaryQuery;
import org.refundbatch.payout.CsvOutputs;
import org.refundbatch.payout.RunSummaryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's files from the ledger, each whole under a temporary name then renamed, so a restart
 * simply writes them again. Refuses to write anything when a row read is neither a refund nor a reject.
 */
class ExportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

    private final LocalDate runDate;
    private final RefundProperties properties;
    private final CsvOutputs csv;
    private final RunSummaryQuery summaries;
    private final IntakeCounts counts;

    ExportTasklet(LocalDate runDate, RefundProperties properties, CsvOutputs csv, RunSummaryQuery summaries,
                  IntakeCounts counts) {
        this.runDate = runDate;
        this.properties = properties;
        this.csv = csv;
        this.summaries = summaries;
        this.counts = counts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunSummary summary = summaries.summarize(runDate,
                counts.rowsRead(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()));
        if (!summary.balanced()) {
            throw new IllegalStateException("rows read (" + summary.rowsRead() + ") differ from refunds ("
                    + summary.refunds() + ") + rejects (" + summary.rowsRejected() + "): no files written");
        }
        Path dir = properties.outboxDir(runDate);
        csv.writeRefunds(runDate, dir.resolve("reimbursements-" + runDate + ".csv"));
        csv.writeCreditRecords(runDate, dir.resolve("credit-records-" + runDate + ".csv"));
        csv.writeRejects(runDate, dir.resolve("rejected-" + runDate + ".csv"));
        new RunSummaryWriter().write(summary, dir.resolve("run-summary-" + runDate + ".json"));
        RunReport.log(log, summary, dir);
        return RepeatStatus.FINISHED;
    }
}
