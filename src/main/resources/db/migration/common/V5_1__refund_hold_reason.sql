-- Why a refund with an amount due is ON_HOLD, in words: no IBAN, or an account outside SEPA (DESIGN §7).
-- Plain SQL that HSQLDB and PostgreSQL both accept.
ALTER TABLE refund ADD COLUMN hold_reason VARCHAR(200);

UPDATE refund SET hold_reason = 'no IBAN: ask the student for an account' WHERE status = 'ON_HOLD';
