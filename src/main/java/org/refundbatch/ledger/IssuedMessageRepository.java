package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The message ids of the bank files: one per run, recorded with the totals it carried. Writing the file of a
 * run again (a restart) reuses the run's id and creation time, so a bank that already took the file refuses
 * the copy as a duplicate instead of paying twice.
 */
public class IssuedMessageRepository {

    /** A bank file's identity. */
    public record IssuedMessage(String msgId, LocalDateTime createdAt, long numberOfTransactions,
                                BigDecimal controlSum) {
    }

    private final JdbcTemplate jdbc;

    public IssuedMessageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run's message, recorded now when the run has none yet.
     *
     * @throws IllegalStateException when the run's message was issued with other totals: the ledger changed
     *                               after its bank file was written
     */
    public IssuedMessage issue(LocalDate runDate, LocalDateTime now, long numberOfTransactions,
                               BigDecimal controlSum) {
        List<IssuedMessage> issued = jdbc.query("SELECT msg_id, created_at, nb_of_txs, ctrl_sum FROM issued_message"
                + " WHERE run_date = ?", (rs, n) -> new IssuedMessage(rs.getString(1),
                rs.getTimestamp(2).toLocalDateTime(), rs.getLong(3), rs.getBigDecimal(4)), Date.valueOf(runDate));
        if (!issued.isEmpty()) {
            IssuedMessage message = issued.get(0);
            if (message.numberOfTransactions() != numberOfTransactions
                    || message.controlSum().compareTo(controlSum) != 0) {
                throw new IllegalStateException("bank file " + message.msgId() + " of the run of " + runDate
                        + " was issued for " + message.numberOfTransactions() + " payments totalling "
                        + message.controlSum() + ", but the ledger now holds " + numberOfTransactions + " totalling "
                        + controlSum);
            }
            return message;
        }
        IssuedMessage message = new IssuedMessage("REFUND-" + DateTimeFormatter.BASIC_ISO_DATE.format(runDate),
                now.withNano(0), numberOfTransactions, controlSum);
        jdbc.update("INSERT INTO issued_message (msg_id, run_date, created_at, nb_of_txs, ctrl_sum) VALUES (?,?,?,?,?)",
                message.msgId(), Date.valueOf(runDate), Timestamp.valueOf(message.createdAt()),
                numberOfTransactions, controlSum);
        return message;
    }
}
