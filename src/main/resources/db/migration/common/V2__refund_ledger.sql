-- The refund ledger: the source of truth every output file of a run is written from.
-- Plain SQL that HSQLDB and PostgreSQL both accept.

-- A sheet taken from the inbox by a run, in the order the run reads them.
CREATE TABLE staged_file (
    run_date        DATE          NOT NULL,
    file_seq        INTEGER       NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    staged_path     VARCHAR(1024) NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL, -- ACCEPTED, REJECTED, DUPLICATE
    reason          VARCHAR(1024),
    -- set only for ACCEPTED files: the same bytes are read once, ever
    accepted_sha256 CHAR(64),
    CONSTRAINT pk_staged_file PRIMARY KEY (run_date, file_seq),
    CONSTRAINT uq_staged_file_sha UNIQUE (accepted_sha256)
);

CREATE TABLE refund (
    refund_id          VARCHAR(35)   NOT NULL,
    run_date           DATE          NOT NULL,
    -- student id | micro-credential | academic year: refunded at most once, ever
    refund_key         VARCHAR(400)  NOT NULL,
    student_id         VARCHAR(64)   NOT NULL,
    last_name          VARCHAR(200)  NOT NULL,
    first_name         VARCHAR(200)  NOT NULL,
    micro_credential   VARCHAR(64)   NOT NULL,
    academic_year      VARCHAR(9)    NOT NULL,
    withdrawal_date    DATE          NOT NULL,
    rule_code          VARCHAR(32)   NOT NULL,
    full_refund_before DATE          NOT NULL,
    no_refund_from     DATE          NOT NULL,
    registration_fee   DECIMAL(11,2) NOT NULL,
    entitlement        DECIMAL(11,2) NOT NULL,
    amount_paid        DECIMAL(11,2),
    refund_amount      DECIMAL(11,2) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    iban               VARCHAR(34),
    bic                VARCHAR(11),
    reference          VARCHAR(200),
    source_file        VARCHAR(255)  NOT NULL,
    file_seq           INTEGER       NOT NULL,
    source_row         INTEGER       NOT NULL,
    CONSTRAINT pk_refund PRIMARY KEY (refund_id),
    CONSTRAINT uq_refund_key UNIQUE (refund_key),
    CONSTRAINT uq_refund_source UNIQUE (run_date, file_seq, source_row)
);

CREATE TABLE credit_record (
    refund_id          VARCHAR(35)   NOT NULL,
    line_no            INTEGER       NOT NULL,
    course_unit        VARCHAR(64)   NOT NULL,
    course_unit_name   VARCHAR(200)  NOT NULL,
    semester           VARCHAR(1),
    credits            DECIMAL(5,1),
    tuition_per_credit DECIMAL(11,2),
    amount             DECIMAL(11,2) NOT NULL,
    credit_status      VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_credit_record PRIMARY KEY (refund_id, line_no),
    CONSTRAINT fk_credit_record_refund FOREIGN KEY (refund_id) REFERENCES refund (refund_id)
);

-- A row (source_row > 0) or a whole file (source_row = 0) that could not be refunded.
CREATE TABLE reject (
    run_date         DATE          NOT NULL,
    file_seq         INTEGER       NOT NULL,
    source_row       INTEGER       NOT NULL,
    source_file      VARCHAR(255)  NOT NULL,
    column_name      VARCHAR(64),
    column_value     VARCHAR(1024),
    reason           VARCHAR(1024) NOT NULL,
    student_id       VARCHAR(1024),
    last_name        VARCHAR(1024),
    first_name       VARCHAR(1024),
    micro_credential VARCHAR(1024),
    academic_year    VARCHAR(1024),
    withdrawal_date  VARCHAR(1024),
    amount_paid      VARCHAR(1024),
    iban             VARCHAR(1024),
    bic              VARCHAR(1024),
    reference        VARCHAR(1024),
    CONSTRAINT pk_reject PRIMARY KEY (run_date, file_seq, source_row)
);

CREATE INDEX ix_refund_run ON refund (run_date, file_seq, source_row);
