-- The life of a refund after the night it was decided (DESIGN §8): its current state, every change of state as
-- an event, every attempt to pay it, and the bank feedback files read. Plain SQL that HSQLDB and PostgreSQL both
-- accept. refund.status stays the status the refund was decided with; refund.state is where it stands now and
-- changes only together with an event row (RefundEventRepository).

ALTER TABLE refund ADD COLUMN state VARCHAR(16);

UPDATE refund SET state = status;

UPDATE refund SET state = 'SENT'
 WHERE status = 'PAYABLE' AND run_date IN (SELECT run_date FROM issued_message);

-- One row per attempt to pay a refund: the first when it was decided payable or released, another after each
-- return. The account, the night's bank file and the EndToEndId belong to the attempt, not to the refund.
CREATE TABLE payment (
    refund_id     VARCHAR(35)   NOT NULL,
    attempt_no    INTEGER       NOT NULL,
    run_date      DATE          NOT NULL, -- the night whose bank file carries it
    origin        VARCHAR(16)   NOT NULL, -- DECIDED (the refund's own row) or RELEASED (a later row)
    iban          VARCHAR(34)   NOT NULL,
    bic           VARCHAR(11),
    amount        DECIMAL(11,2) NOT NULL,
    end_to_end_id VARCHAR(35)   NOT NULL,
    source_file   VARCHAR(255)  NOT NULL,
    file_seq      INTEGER       NOT NULL,
    source_row    INTEGER       NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (refund_id, attempt_no),
    CONSTRAINT uq_payment_end_to_end UNIQUE (end_to_end_id),
    CONSTRAINT uq_payment_source UNIQUE (run_date, file_seq, source_row),
    CONSTRAINT fk_payment_refund FOREIGN KEY (refund_id) REFERENCES refund (refund_id)
);

-- Every change of a refund's state, numbered per refund from 1 (its decision).
CREATE TABLE refund_event (
    refund_id   VARCHAR(35)   NOT NULL,
    event_seq   INTEGER       NOT NULL,
    from_state  VARCHAR(16),            -- null for the decision
    to_state    VARCHAR(16)   NOT NULL,
    run_date    DATE          NOT NULL,
    source_file VARCHAR(255)  NOT NULL, -- the sheet, the bank file written or the bank feedback file read
    source_row  INTEGER,                -- the sheet's row; null for a bank file
    reason_code VARCHAR(35),
    reason_text VARCHAR(1024),
    iban        VARCHAR(34),            -- the account of the attempt, when the event concerns one
    CONSTRAINT pk_refund_event PRIMARY KEY (refund_id, event_seq),
    CONSTRAINT fk_refund_event_refund FOREIGN KEY (refund_id) REFERENCES refund (refund_id)
);

CREATE INDEX ix_refund_state ON refund (state);
CREATE INDEX ix_refund_student ON refund (student_id);

-- A bank feedback file (pain.002, camt.054) as a run found it in the bank inbox.
CREATE TABLE bank_feedback_file (
    run_date       DATE          NOT NULL,
    file_seq       INTEGER       NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    status         VARCHAR(16)   NOT NULL, -- APPLIED, UNREADABLE, DUPLICATE
    -- set only for APPLIED files: the same bytes are applied once, ever
    applied_sha256 CHAR(64),
    CONSTRAINT pk_bank_feedback_file PRIMARY KEY (run_date, file_seq),
    CONSTRAINT uq_bank_feedback_sha UNIQUE (applied_sha256)
);

-- What a run could not apply of the bank's feedback: a whole file (end_to_end_id null) or one answer.
CREATE TABLE bank_feedback_reject (
    run_date      DATE          NOT NULL,
    file_seq      INTEGER       NOT NULL,
    line_no       INTEGER       NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    end_to_end_id VARCHAR(35),
    reason        VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_bank_feedback_reject PRIMARY KEY (run_date, file_seq, line_no)
);

-- The refunds of earlier nights: their decision, their first payment, and SENT where their night's bank file
-- was issued.
INSERT INTO refund_event (refund_id, event_seq, from_state, to_state, run_date, source_file, source_row, iban)
SELECT refund_id, 1, CAST(NULL AS VARCHAR(16)), status, run_date, source_file, source_row, iban FROM refund;

INSERT INTO payment (refund_id, attempt_no, run_date, origin, iban, bic, amount, end_to_end_id, source_file,
                     file_seq, source_row)
SELECT refund_id, 1, run_date, 'DECIDED', iban, bic, refund_amount, refund_id, source_file, file_seq, source_row
  FROM refund WHERE status = 'PAYABLE';

INSERT INTO refund_event (refund_id, event_seq, from_state, to_state, run_date, source_file, source_row, iban)
SELECT refund_id, 2, 'PAYABLE', 'SENT', run_date,
       CONCAT(CONCAT('reimbursements-', CAST(run_date AS VARCHAR(10))), '.xml'), CAST(NULL AS INTEGER), iban
  FROM refund WHERE state = 'SENT';
