package org.refundbatch.job;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows the intake read, as the job repository counted them over every attempt of the run: the step
 * {@code intake}, or the partitions {@code intakeSheet:sheet-<n>} of a partitioned run. A row counts once its
 * chunk is written (WRITE_COUNT, plus FILTER_COUNT should a row ever be filtered): Spring Batch 6 adds the
 * reads of a chunk that failed and was rolled back to READ_COUNT, and a restart reads those rows again.
 */
class IntakeCounts {

    private final JdbcTemplate jdbc;

    IntakeCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long rowsRead(LocalDate runDate) {
        Long rows = jdbc.queryForObject("SELECT COALESCE(SUM(s.WRITE_COUNT + s.FILTER_COUNT), 0)"
                + " FROM BATCH_STEP_EXECUTION s"
                + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + " WHERE i.JOB_NAME = ? AND (s.STEP_NAME = ? OR s.STEP_NAME LIKE ?)"
                + " AND p.PARAMETER_NAME = 'runDate' AND p.PARAMETER_VALUE = ?",
                Long.class, RefundJobConfiguration.JOB_NAME, RefundJobConfiguration.INTAKE_STEP,
                PartitionedIntakeConfiguration.INTAKE_SHEET + ":%", runDate.toString());
        return rows == null ? 0 : rows;
    }

}
