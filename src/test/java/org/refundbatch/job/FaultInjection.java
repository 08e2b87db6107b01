package org.refundbatch.job;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.intake.batch.WithdrawalProcessor;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test configuration that makes the refund job fail (or wait) at a chosen point, the way a crash or a slow
 * night would: it decorates the repositories and the processor; production code has no switch for it.
 */
@TestConfiguration(proxyBeanMethods = false)
class FaultInjection {

    /** The points where a fault can be injected, one per kind of work the job does. */
    enum Point {
        /** registering a staged file, after the inbox files were copied */
        STAGING,
        /** assessing a withdrawal row */
        PROCESSING,
        /** writing a chunk's credit records, after its refunds */
        LEDGER_WRITE,
        /** reading the rejects for the export, after the refunds and credit records files were written */
        EXPORT,
        /** taking back the rows of a file found damaged, after its file reject was written */
        TAKE_BACK,
        /** settling a batch of refunds sent without an answer */
        SETTLING
    }

    /** The failure a plan throws. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault(Point point) {
            super("injected fault at " + point);
        }
    }

    /** What the next run meets: a failure at the n-th call of a point, or a wait there until released. */
    static final class Plan {
        private volatile Point failAt;
        private final AtomicInteger countdown = new AtomicInteger();
        private volatile Point holdAt;
        private volatile CountDownLatch reached = new CountDownLatch(1);
        private volatile CountDownLatch released = new CountDownLatch(1);

        void failAt(Point point, int nth) {
            countdown.set(nth);
            failAt = point;
        }

        void holdAt(Point point) {
            reached = new CountDownLatch(1);
            released = new CountDownLatch(1);
            holdAt = point;
        }

        void awaitHeld(Duration timeout) throws InterruptedException {
            if (!reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the job did not reach " + holdAt + " in " + timeout);
            }
        }

        void release() {
            holdAt = null;
            released.countDown();
        }

        void clear() {
            failAt = null;
            release();
        }

        void at(Point point) {
            if (point == holdAt) {
                reached.countDown();
                try {
                    released.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (point == failAt && countdown.decrementAndGet() == 0) {
                failAt = null;
                throw new InjectedFault(point);
            }
        }
    }

    @Bean
    Plan faultPlan() {
        return new Plan();
    }

    @Bean
    static BeanPostProcessor faultyBeans(ObjectProvider<Plan> plan, ObjectProvider<JdbcTemplate> jdbc,
                                         ObjectProvider<LedgerRepository> ledger) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof StagedFileRepository) {
                    return new FaultyStagedFiles(jdbc.getObject(), plan.getObject());
                }
                if (bean instanceof LedgerRepository) {
                    return new FaultyLedger(jdbc.getObject(), plan.getObject());
                }
                if (bean instanceof RefundEventRepository) {
                    return new FaultyRefundEvents(jdbc.getObject(), ledger.getObject(), plan.getObject());
                }
                // the step-scoped target only, not its scoped proxy as well: one check per item
                if (bean instanceof WithdrawalProcessor processor && !(bean instanceof ScopedObject)) {
                    return new FaultyProcessor(processor, plan.getObject());
                }
                return bean;
            }
        };
    }

    static final class FaultyStagedFiles extends StagedFileRepository {
        private final Plan plan;

        FaultyStagedFiles(JdbcTemplate jdbc, Plan plan) {
            super(jdbc);
            this.plan = plan;
        }

        @Override
        public void insert(StagedFile file) {
            plan.at(Point.STAGING);
            super.insert(file);
        }
    }

    static final class FaultyLedger extends LedgerRepository {
        private final Plan plan;

        FaultyLedger(JdbcTemplate jdbc, Plan plan) {
            super(jdbc);
            this.plan = plan;
        }

        @Override
        public void insertCreditRecords(java.util.List<CreditRecord> records) {
            plan.at(Point.LEDGER_WRITE);
            super.insertCreditRecords(records);
        }

        @Override
        public void takeBackFile(java.time.LocalDate runDate, int fileSeq) {
            plan.at(Point.TAKE_BACK);
            super.takeBackFile(runDate, fileSeq);
        }

        @Override
        public java.util.stream.Stream<RejectRecord> rejects(java.time.LocalDate runDate) {
            plan.at(Point.EXPORT);
            return super.rejects(runDate);
        }
    }

    static final class FaultyRefundEvents extends RefundEventRepository {
        private final Plan plan;

        FaultyRefundEvents(JdbcTemplate jdbc, LedgerRepository ledger, Plan plan) {
            super(jdbc, ledger);
            this.plan = plan;
        }

        @Override
        public int settleSentBefore(java.time.LocalDate sentBefore, int limit, java.time.LocalDate runDate,
                                    String source, String reason) {
            int batch = super.settleSentBefore(sentBefore, limit, runDate, source, reason);
            plan.at(Point.SETTLING);
            return batch;
        }
    }

    static final class FaultyProcessor extends WithdrawalProcessor {
        private final WithdrawalProcessor delegate;
        private final Plan plan;

        FaultyProcessor(WithdrawalProcessor delegate, Plan plan) {
            super(null);
            this.delegate = delegate;
            this.plan = plan;
        }

        @Override
        public IntakeOutcome process(WithdrawalRow row) {
            plan.at(Point.PROCESSING);
            return delegate.process(row);
        }
    }
}
