package org.refundbatch.run;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run lock as a row (HSQLDB): claimed with a conditional update, freed when the run ends. A claim left
 * by a process that was killed is stale: on an embedded database (file or memory) any claim of another
 * process is, since no two processes can have it open; on a shared one (HSQLDB server), a claim of a
 * process that this host sees gone. A claim from another host on a shared database is never taken over
 * (see docs/OPERATIONS.md to free it by hand).
 */
public class TableRunLock implements DatabaseRunLock {

    private static final Logger log = LoggerFactory.getLogger(TableRunLock.class);

    private final RunLockTable table;
    private final boolean embedded;
    /** The claim of this process's run, null while it holds none. */
    private volatile String heldClaim;

    /** @param embedded whether the database lives in this process only (HSQLDB file or memory) */
    public TableRunLock(RunLockTable table, boolean embedded) {
        this.table = table;
        this.embedded = embedded;
    }

    @Override
    public Held tryAcquire(LocalDate runDate) {
        RunHolder me = RunHolder.thisProcess(runDate);
        if (table.claimIfFree(me)) {
            return held(me.claimId());
        }
        RunHolder holder = table.holder();
        if (holder == null && table.claimIfFree(me)) {
            return held(me.claimId());
        }
        if (holder != null && isStale(holder) && table.takeOver(holder.claimId(), me)) {
            log.warn("The run lock was held by {}, a process that is gone (killed or crashed): taking it over",
                    holder.describe());
            return held(me.claimId());
        }
        return null;
    }

    private Held held(String claimId) {
        heldClaim = claimId;
        return () -> {
            heldClaim = null;
            table.release(claimId);
        };
    }

    /** Checks that the row still names this process's claim: no one took it over as stale. */
    @Override
    public void checkHeld() {
        String claim = heldClaim;
        if (claim == null) {
            return;
        }
        RunHolder holder = table.holderInCurrentTransaction();
        if (holder == null || !claim.equals(holder.claimId())) {
            throw new RunLockLostException("the run_lock row now names " + (holder == null ? "no run"
                    : holder.describe()));
        }
    }

    private boolean isStale(RunHolder holder) {
        return embedded ? !holder.isThisProcess() : holder.isGoneFromThisHost();
    }

    @Override
    public String holder() {
        RunHolder holder = table.holder();
        return holder == null ? "a run that has just ended" : holder.describe();
    }
}
