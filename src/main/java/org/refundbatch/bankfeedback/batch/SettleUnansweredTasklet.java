package org.refundbatch.bankfeedback.batch;

import java.time.LocalDate;

import org.refundbatch.ledger.AfterTheNightQuery;
import org.refundbatch.ledger.RefundEventRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Settles the refunds {@code SENT} by a bank file of a night more than {@code refund.settle-days} before the run
 * date without an answer from the bank (DESIGN §8): each call, so each transaction, settles the next {@code
 * batchSize} of them. A refund settled is no longer {@code SENT}, so a restart goes on with those left and none is
 * settled twice.
 */
public class SettleUnansweredTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SettleUnansweredTasklet.class);

    private final LocalDate runDate;
    private final int settleDays;
    private final int batchSize;
    private final RefundEventRepository events;
    private long settled;

    public SettleUnansweredTasklet(LocalDate runDate, int settleDays, int batchSize, RefundEventRepository events) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the settle batch size must be at least 1, not " + batchSize);
        }
        this.runDate = runDate;
        this.settleDays = settleDays;
        this.batchSize = batchSize;
        this.events = events;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        int batch = events.settleSentBefore(runDate.minusDays(settleDays), batchSize, runDate,
                AfterTheNightQuery.SETTLE_DAYS_SOURCE, "no answer from the bank within " + settleDays + " days");
        contribution.incrementWriteCount(batch);
        settled += batch;
        if (batch == batchSize) {
            return RepeatStatus.CONTINUABLE;
        }
        if (settled > 0) {
            log.info("{} refund(s) sent more than {} days ago without an answer: settled", settled, settleDays);
        }
        return RepeatStatus.FINISHED;
    }
}
