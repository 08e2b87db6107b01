package org.refundbatch.bankfeedback.batch;

import java.time.LocalDate;

import org.refundbatch.ledger.AfterTheNightQuery;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RefundEventRepository.SettledBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Settles the refunds {@code SENT} by a bank file of a night more than {@code refund.settle-days} before the run
 * date without an answer from the bank (DESIGN §8): each call, so each transaction, looks at the next {@code
 * batchSize} refunds {@code SENT} in refund id order and settles those sent before the cut-off. A restart starts again from the first refund id: a refund settled is no longer
 * {@code SENT}, so none is settled twice.
 */
public class SettleUnansweredTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SettleUnansweredTasklet.class);

    private final LocalDate runDate;
    private final int settleDays;
    private final int batchSize;
    private final RefundEventRepository events;
    private String lastRefundId = "";
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
        SettledBatch batch = events.settleSentBefore(runDate.minusDays(settleDays), lastRefundId, batchSize, runDate,
                AfterTheNightQuery.SETTLE_DAYS_SOURCE, "no answer from the bank within " + settleDays + " days");
        contribution.incrementWriteCount(batch.settled());
        lastRefundId = batch.lastRefundId();
        settled += batch.settled();
        if (batch.examined() == batchSize) {
            return RepeatStatus.CONTINUABLE;
        }
        if (settled > 0) {
            log.info("{} refund(s) sent more than {} days ago without an answer: settled", settled, settleDays);
        }
        return RepeatStatus.FINISHED;
    }
}
