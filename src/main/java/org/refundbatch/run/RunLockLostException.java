package org.refundbatch.run;

/** The run's database lock is no longer its own: the run stops, failed and restartable, rather than race another. */
public class RunLockLostException extends IllegalStateException {

    public RunLockLostException(String what) {
        super("the run lock on the database was lost: " + what + "; the run stops here so that no second run can"
                + " race it. Run the same command again to restart it where it stopped");
    }
}
