package org.refundbatch.job;

import java.time.LocalDate;

import org.refundbatch.bankfeedback.BankFeedbackApplier;
import org.refundbatch.bankfeedback.BankFeedbackReader;
import org.refundbatch.bankfeedback.Iso20022FeedbackReader;
import org.refundbatch.bankfeedback.batch.BankFeedbackTasklet;
import org.refundbatch.bankfeedback.batch.SettleUnansweredTasklet;
import org.refundbatch.ledger.BankFeedbackRepository;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.OpenItemQuery;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The life of a refund after its night (DESIGN §8): its events and payment attempts, the bank's feedback read at
 * the start of each run ({@code readBankFeedback}), the refunds left without an answer settled next ({@code
 * settleUnanswered}), and the open items.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AfterTheNightProperties.class)
public class AfterTheNightConfiguration {

    @Bean
    RefundEventRepository refundEventRepository(JdbcTemplate jdbc, LedgerRepository ledger) {
        return new RefundEventRepository(jdbc, ledger);
    }

    @Bean
    PaymentRepository paymentRepository(JdbcTemplate jdbc) {
        return new PaymentRepository(jdbc);
    }

    @Bean
    OpenItemQuery openItemQuery(JdbcTemplate jdbc) {
        return new OpenItemQuery(jdbc);
    }

    @Bean
    BankFeedbackRepository bankFeedbackRepository(JdbcTemplate jdbc) {
        return new BankFeedbackRepository(jdbc);
    }

    @Bean
    BankFeedbackReader bankFeedbackReader() {
        return new Iso20022FeedbackReader();
    }

    @Bean
    Step readBankFeedback(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          BankFeedbackTasklet bankFeedbackTasklet) {
        return new StepBuilder("readBankFeedback", jobRepository).tasklet(bankFeedbackTasklet, transactionManager)
                .build();
    }

    @Bean
    @JobScope
    BankFeedbackTasklet bankFeedbackTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                            RefundProperties properties, AfterTheNightProperties settings,
                                            BankFeedbackReader reader, PaymentRepository payments,
                                            RefundEventRepository events, BankFeedbackRepository files) {
        return new BankFeedbackTasklet(runDate, settings.bankInbox(properties.home()), reader,
                new BankFeedbackApplier(payments, events), files);
    }

    /** Settles the refunds sent without an answer, {@code refund.settle-batch-size} per transaction. */
    @Bean
    Step settleUnanswered(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          SettleUnansweredTasklet settleUnansweredTasklet) {
        return new StepBuilder("settleUnanswered", jobRepository).tasklet(settleUnansweredTasklet, transactionManager)
                .build();
    }

    /** Step-scoped: a restart starts from the first refund id, as a refund settled is no longer {@code SENT}. */
    @Bean
    @StepScope
    SettleUnansweredTasklet settleUnansweredTasklet(@Value(JobKeys.RUN_DATE_PARAMETER) LocalDate runDate,
                                                    AfterTheNightProperties settings, RefundEventRepository events) {
        return new SettleUnansweredTasklet(runDate, settings.settleDays(), settings.settleBatchSize(), events);
    }
}
