package org.refundbatch.run;

import java.time.LocalDate;
import java.util.List;

import org.refundbatch.job.RefundJobConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run dates whose last attempt did not complete (failed, or killed while running) and that no operator
 * abandoned: their sheets are registered as read, so they must be finished before another night is read.
 */
class UnfinishedRuns {

    private final JdbcTemplate jdbc;

    UnfinishedRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<LocalDate> find() {
        return jdbc.queryForList("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_INSTANCE i"
                + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'runDate' AND e.STATUS NOT IN ('COMPLETED', 'ABANDONED')"
                + " AND e.JOB_EXECUTION_ID = (SELECT MAX(l.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION l"
                + " WHERE l.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) ORDER BY p.PARAMETER_VALUE", String.class,
                RefundJobConfiguration.JOB_NAME).stream().map(LocalDate::parse).toList();
    }
}
