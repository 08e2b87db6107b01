-- The settling walks the refunds SENT in refund id order, a batch at a time. With the state alone in the index,
-- every batch started again at the first refund SENT and stepped over all those of the earlier batches: the nights
-- of a large payout settled in time that grew with the square of its refunds. With the refund id after the state,
-- a batch starts where the previous one ended. Queries on the state alone (the open items) use the same index.
DROP INDEX ix_refund_state;
CREATE INDEX ix_refund_state ON refund (state, refund_id);

-- The night's summary counts the events of its run date by their source (the bank feedback files applied, the
-- settling for want of an answer): without an index each count read every event ever recorded.
CREATE INDEX ix_refund_event_run ON refund_event (run_date, source_file);
