-- The bank files issued: one message id per run, never reused, with the totals it carried.
CREATE TABLE issued_message (
    msg_id     VARCHAR(35)   NOT NULL,
    run_date   DATE          NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    nb_of_txs  BIGINT        NOT NULL,
    ctrl_sum   DECIMAL(15,2) NOT NULL,
    CONSTRAINT pk_issued_message PRIMARY KEY (msg_id),
    CONSTRAINT uq_issued_message_run UNIQUE (run_date)
);
