package org.refundbatch.run;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code run_lock} row: who holds the run lock. Every change commits at once, in its own transaction. The check
 * made while a chunk is open reads in the chunk's own transaction: a second connection opened beside it would wait
 * forever once HSQLDB has a checkpoint pending, for the checkpoint waits for the chunk to commit.
 */
public class RunLockTable {

    private static final String LOCK = "refund-batch";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate currentTransaction;

    public RunLockTable(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.currentTransaction = new TransactionTemplate(transactionManager);
        this.currentTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** Claims the lock when no one holds it; true when this holder got it. */
    boolean claimIfFree(RunHolder holder) {
        return claim(holder, "claim_id IS NULL", null);
    }

    /** Takes the lock over from a holder that is gone; true when no one else was quicker. */
    boolean takeOver(String goneClaimId, RunHolder holder) {
        return claim(holder, "claim_id = ?", goneClaimId);
    }

    /** Names the holder whatever the row said: for a lock guarded elsewhere (PostgreSQL advisory lock). */
    void record(RunHolder holder) {
        claim(holder, "1 = 1", null);
    }

    /** Frees the lock if this claim still holds it. */
    void release(String claimId) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("UPDATE run_lock SET claim_id = NULL, host = NULL,"
                + " pid = NULL, process_start = NULL, run_date = NULL, claimed_at = NULL"
                + " WHERE lock_name = ? AND claim_id = ?", LOCK, claimId));
    }

    /** The holder, or null when the lock is free. */
    RunHolder holder() {
        return holder(ownTransaction);
    }

    /** The holder as the transaction in progress (a chunk's, say) sees it; in a transaction of its own when none is. */
    RunHolder holderInCurrentTransaction() {
        return holder(currentTransaction);
    }

    private RunHolder holder(TransactionTemplate transaction) {
        List<RunHolder> holders = transaction.execute(status -> jdbc.query("SELECT claim_id, host, pid,"
                + " process_start, run_date, claimed_at FROM run_lock WHERE lock_name = ? AND claim_id IS NOT NULL",
                (rs, n) -> new RunHolder(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime()), LOCK));
        return holders == null || holders.isEmpty() ? null : holders.get(0);
    }

    private boolean claim(RunHolder holder, String condition, String conditionValue) {
        List<Object> args = new ArrayList<>(Arrays.asList(holder.claimId(), holder.host(), holder.pid(),
                holder.processStart(), Date.valueOf(holder.runDate()), Timestamp.valueOf(holder.claimedAt()), LOCK));
        if (conditionValue != null) {
            args.add(conditionValue);
        }
        Integer updated = ownTransaction.execute(status -> jdbc.update("UPDATE run_lock SET claim_id = ?, host = ?,"
                + " pid = ?, process_start = ?, run_date = ?, claimed_at = ? WHERE lock_name = ? AND " + condition,
                args.toArray()));
        return updated != null && updated == 1;
    }
}
