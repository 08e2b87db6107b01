-- One refund run at a time on this database, whichever machine launches it (see DatabaseRunLock).
-- On PostgreSQL a session advisory lock is the guard and this row only names its holder; on HSQLDB the
-- row itself is the guard: claimed by a conditional update, freed when the run ends.
CREATE TABLE run_lock (
    lock_name     VARCHAR(32)  NOT NULL,
    claim_id      VARCHAR(36),            -- null when no run holds the lock
    host          VARCHAR(255),
    pid           BIGINT,
    process_start VARCHAR(40),            -- tells a live holder from a reused pid
    run_date      DATE,
    claimed_at    TIMESTAMP,
    CONSTRAINT pk_run_lock PRIMARY KEY (lock_name)
);

INSERT INTO run_lock (lock_name) VALUES ('refund-batch');
