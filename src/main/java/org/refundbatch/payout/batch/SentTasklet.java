package org.refundbatch.payout.batch;

import java.time.LocalDate;
import java.util.List;

import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RefundEventRepository.SentPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once the night's bank file is in place: moves the night's payable refunds to {@code SENT} (DESIGN §8), a page of
 * payments per transaction, so that a night of a million rows never holds its changes in one transaction. A restart
 * starts again from the first page; the pages already moved have nothing left to move.
 */
public class SentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SentTasklet.class);

    private final LocalDate runDate;
    private final String bankFile;
    private final RefundEventRepository events;
    private List<SentPage> pages;
    private int next;
    private long moved;

    public SentTasklet(LocalDate runDate, String bankFile, RefundEventRepository events) {
        this.runDate = runDate;
        this.bankFile = bankFile;
        this.events = events;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (pages == null) {
            pages = events.sentPages(runDate);
        }
        if (next < pages.size()) {
            int n = events.markSent(runDate, bankFile, pages.get(next++));
            contribution.incrementWriteCount(n);
            moved += n;
        }
        if (next < pages.size()) {
            return RepeatStatus.CONTINUABLE;
        }
        if (moved > 0) {
            log.info("Run {}: {} payment(s) sent in {}", runDate, moved, bankFile);
        }
        return RepeatStatus.FINISHED;
    }
}
