-- ix_refund_run indexes (run_date, file_seq, source_row), the columns the unique constraint uq_refund_source
-- already indexes: the exports' page queries use that index. One index less to keep on every refund written
-- and on every change of its state.
DROP INDEX ix_refund_run;
