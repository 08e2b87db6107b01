-- Refunds that a partitioned intake assessed, waiting to be settled against the ledger's rule of one
-- refund per key (student, micro-credential, academic year). Settling takes them key range by key range,
-- in the order the rows were read, and deletes each as it lands in refund or reject: the table is empty
-- between runs. Plain SQL that HSQLDB and PostgreSQL both accept.

CREATE TABLE pending_refund (
    run_date   DATE           NOT NULL,
    file_seq   INTEGER        NOT NULL,
    source_row INTEGER        NOT NULL,
    -- a hash of the refund key in 0..1023: every row of one key has the same bucket
    key_bucket INTEGER        NOT NULL,
    -- key_bucket, file_seq, source_row as one number: the order a key range is settled in
    settle_seq BIGINT         NOT NULL,
    -- the assessed refund with its credit records and the row's original values, as JSON
    payload    VARCHAR(32000) NOT NULL,
    -- the settling step pages through (run_date, settle_seq) on this key: HSQLDB too picks it
    CONSTRAINT pk_pending_refund PRIMARY KEY (run_date, settle_seq),
    CONSTRAINT uq_pending_refund_row UNIQUE (run_date, file_seq, source_row)
);
