-- refund.state_date: the run date of the refund's last change of state, the run date of its last event, written
-- with the state (RefundEventRepository). The settling looks for the refunds SENT before a cut-off: with the state
-- alone in the index it read every refund SENT and its last event, each night, whether any was due or not (on a
-- ledger holding a million-row night, minutes for a night that settled none). On (state, state_date) it reads the
-- refunds due and no other. Queries on the state alone (the open items) use the same index.
ALTER TABLE refund ADD COLUMN state_date DATE;

UPDATE refund SET state_date = COALESCE((SELECT MAX(e.run_date) FROM refund_event e
                                          WHERE e.refund_id = refund.refund_id), run_date);

DROP INDEX ix_refund_state;
CREATE INDEX ix_refund_state ON refund (state, state_date, refund_id);

-- The night's summary counts the events of its run date by their source (the bank feedback files applied, the
-- settling for want of an answer): without an index each count read every event ever recorded.
CREATE INDEX ix_refund_event_run ON refund_event (run_date, source_file);
