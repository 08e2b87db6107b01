-- Two refunds whose keys became one when the student id was made canonical (trimmed, no inner spaces, upper
-- case): both are kept; the later one's key is made unique with '#' and its refund id, and the pair is listed
-- here for finance to look into. Plain SQL that HSQLDB and PostgreSQL both accept.
CREATE TABLE refund_key_collision (
    refund_id      VARCHAR(35)  NOT NULL,
    kept_refund_id VARCHAR(35)  NOT NULL,
    canonical_key  VARCHAR(400) NOT NULL,
    found_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_refund_key_collision PRIMARY KEY (refund_id),
    CONSTRAINT fk_refund_key_collision_refund FOREIGN KEY (refund_id) REFERENCES refund (refund_id),
    CONSTRAINT fk_refund_key_collision_kept FOREIGN KEY (kept_refund_id) REFERENCES refund (refund_id)
);
