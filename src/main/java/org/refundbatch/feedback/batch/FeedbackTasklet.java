package org.refundbatch.feedback.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.refundbatch.feedback.ReleasedRow;
import org.refundbatch.feedback.SheetFeedback;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.payout.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After the run's files: writes each sheet's feedback workbook for the staff who dropped it. Rewritten whole on a
 * restart, to the same bytes.
 */
public class FeedbackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FeedbackTasklet.class);

    private final LocalDate runDate;
    private final Path dir;
    private final LedgerRepository ledger;
    private final PaymentRepository payments;
    private final StagedFileRepository stagedFiles;
    private final SheetFeedback feedback;

    public FeedbackTasklet(LocalDate runDate, Path dir, LedgerRepository ledger, StagedFileRepository stagedFiles,
                    PaymentRepository payments,
                    SheetFeedback feedback) {
        this.runDate = runDate;
        this.dir = dir;
        this.ledger = ledger;
        this.payments = payments;
        this.stagedFiles = stagedFiles;
        this.feedback = feedback;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        int leftovers = AtomicFile.deleteLeftovers(dir); // the run lock keeps every other writer out
        if (leftovers > 0) {
            log.info("Deleted {} half-written feedback file(s) of an interrupted attempt in {}", leftovers, dir);
        }
        try (Stream<RefundRecord> refunds = ledger.refunds(runDate);
             Stream<RejectRecord> rejects = ledger.rejects(runDate)) {
            List<ReleasedRow> releases = payments.releases(runDate).stream().map(r -> new ReleasedRow(r.fileSeq(),
                    r.sourceRow(), r.refundId(), r.rule().name(), r.refundAmount())).toList();
            List<Path> written = feedback.write(runDate, stagedFiles.findByRun(runDate), refunds.iterator(),
                    rejects.iterator(), releases, dir);
            log.info("Run {}: {} feedback workbook(s) in {}", runDate, written.size(), dir.toAbsolutePath().normalize());
        }
        return RepeatStatus.FINISHED;
    }
}
