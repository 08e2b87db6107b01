package org.refundbatch.job;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run lock as a row (HSQLDB): claimed with a conditional update, freed when the run ends. A claim left
 * by a process that was killed is taken over by the next launch on the same host, which can see that the
 * process is gone; a claim from another host is never taken over (see the README to free it by hand).
 */
class TableRunLock implements DatabaseRunLock {

    private static final Logger log = LoggerFactory.getLogger(TableRunLock.class);

    private final RunLockTable table;

    TableRunLock(RunLockTable table) {
        this.table = table;
    }

    @Override
    public Held tryAcquire(LocalDate runDate) {
        RunHolder me = RunHolder.thisProcess(runDate);
        if (table.claimIfFree(me)) {
            return () -> table.release(me.claimId());
        }
        RunHolder holder = table.holder();
        if (holder == null && table.claimIfFree(me)) {
            return () -> table.release(me.claimId());
        }
        if (holder != null && holder.isGoneFromThisHost() && table.takeOver(holder.claimId(), me)) {
            log.warn("The run lock was held by {}, a process that is gone (killed or crashed): taking it over",
                    holder.describe());
            return () -> table.release(me.claimId());
        }
        return null;
    }

    @Override
    public String holder() {
        RunHolder holder = table.holder();
        return holder == null ? "a run that has just ended" : holder.describe();
    }
}
