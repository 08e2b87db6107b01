-- Payment messages (pain.001) issued to the bank: one per run, so a message id is never issued twice.
-- Plain SQL that HSQLDB and PostgreSQL both accept.

CREATE TABLE issued_message (
    -- MsgId of the group header: unique per message, ever (ISO 20022, at most 35 characters)
    msg_id     VARCHAR(35)   NOT NULL,
    run_date   DATE          NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    -- NbOfTxs and CtrlSum of the group header, as issued
    nb_of_txs  BIGINT        NOT NULL,
    ctrl_sum   DECIMAL(18,2) NOT NULL,
    CONSTRAINT pk_issued_message PRIMARY KEY (msg_id),
    CONSTRAINT uq_issued_message_run UNIQUE (run_date)
);
