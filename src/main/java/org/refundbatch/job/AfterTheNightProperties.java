package org.refundbatch.job;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of a refund's life after its night ({@code refund.*}, DESIGN §8).
 *
 * @param bankInbox  the folder the bank's feedback files (pain.002, camt.054) are dropped into; {@code
 *                   <refund.home>/bank-inbox} when unset, nothing to read when it does not exist
 * @param settleDays a refund {@code SENT} for more than this many days (by the run date) without an answer from
 *                   the bank is {@code SETTLED}
 * @param settleBatchSize how many of those refunds are settled per transaction
 */
@ConfigurationProperties("refund")
public record AfterTheNightProperties(Path bankInbox, @DefaultValue("30") int settleDays,
                                      @DefaultValue("5000") int settleBatchSize) {

    public AfterTheNightProperties {
        if (settleDays < 1) {
            throw new IllegalArgumentException("refund.settle-days must be at least 1, not " + settleDays);
        }
        if (settleBatchSize < 1) {
            throw new IllegalArgumentException("refund.settle-batch-size must be at least 1, not " + settleBatchSize);
        }
    }

    /** The bank inbox, under the job's home when not set. */
    public Path bankInbox(Path home) {
        return bankInbox != null ? bankInbox : home.resolve("bank-inbox");
    }
}
