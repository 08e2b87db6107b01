package org.refundbatch.bankfeedback.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.RefundEventRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;

class SettleUnansweredTaskletTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 31);

    final ScriptedEvents events = new ScriptedEvents();
    final StepContribution contribution = new StepContribution(MetaDataInstanceFactory.createStepExecution());

    @Test
    void goesOnAfterEachFullBatchAndFinishesWithAShortOne() {
        events.batches(2, 2, 1);
        SettleUnansweredTasklet tasklet = new SettleUnansweredTasklet(RUN_DATE, 30, 2, events);

        assertThat(tasklet.execute(contribution, null)).isEqualTo(RepeatStatus.CONTINUABLE);
        assertThat(tasklet.execute(contribution, null)).isEqualTo(RepeatStatus.CONTINUABLE);
        assertThat(tasklet.execute(contribution, null)).isEqualTo(RepeatStatus.FINISHED);

        assertThat(events.calls).containsExactly(
                "up to 2, SENT before 2026-12-01, as of 2026-12-31 refund.settle-days"
                        + " no answer from the bank within 30 days",
                "up to 2, SENT before 2026-12-01, as of 2026-12-31 refund.settle-days"
                        + " no answer from the bank within 30 days",
                "up to 2, SENT before 2026-12-01, as of 2026-12-31 refund.settle-days"
                        + " no answer from the bank within 30 days");
        assertThat(contribution.getWriteCount()).as("the refunds settled").isEqualTo(5);
    }

    @Test
    void aFullLastBatchTakesOneMoreCallThatFindsNothing() {
        events.batches(2);
        SettleUnansweredTasklet tasklet = new SettleUnansweredTasklet(RUN_DATE, 30, 2, events);

        assertThat(tasklet.execute(contribution, null)).isEqualTo(RepeatStatus.CONTINUABLE);
        assertThat(tasklet.execute(contribution, null)).isEqualTo(RepeatStatus.FINISHED);

        assertThat(events.calls).hasSize(2);
        assertThat(contribution.getWriteCount()).isEqualTo(2);
    }

    @Test
    void nothingToSettleFinishesAtOnce() {
        SettleUnansweredTasklet tasklet = new SettleUnansweredTasklet(RUN_DATE, 10, 5000, events);

        assertThat(tasklet.execute(contribution, null)).isEqualTo(RepeatStatus.FINISHED);

        assertThat(events.calls).containsExactly("up to 5000, SENT before 2026-12-21, as of 2026-12-31"
                + " refund.settle-days no answer from the bank within 10 days");
        assertThat(contribution.getWriteCount()).isZero();
    }

    @Test
    void aBatchHoldsAtLeastOneRefund() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SettleUnansweredTasklet(RUN_DATE, 30, 0, events))
                .withMessage("the settle batch size must be at least 1, not 0");
    }

    /** Answers the batches it was given (how many each settled), then none; records each call. */
    static final class ScriptedEvents extends RefundEventRepository {
        final List<String> calls = new ArrayList<>();
        private final Deque<Integer> batches = new ArrayDeque<>();

        ScriptedEvents() {
            super(new JdbcTemplate(), null);
        }

        void batches(Integer... next) {
            batches.addAll(List.of(next));
        }

        @Override
        public int settleSentBefore(LocalDate sentBefore, int limit, LocalDate runDate, String source,
                                    String reason) {
            calls.add("up to " + limit + ", SENT before " + sentBefore + ", as of " + runDate + " " + source + " "
                    + reason);
            return batches.isEmpty() ? 0 : batches.poll();
        }
    }
}
