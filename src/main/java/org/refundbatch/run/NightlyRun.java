package org.refundbatch.run;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.refundbatch.job.JobKeys;
import org.refundbatch.job.RefundProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the refund job once for a run date, one run at a time on the database: starts it, restarts it after
 * a failure or a crash, or says there is nothing to do when that date already completed. An earlier night
 * that did not complete is finished first: its sheets are registered as read and would otherwise be lost.
 */
@Component
public class NightlyRun {

    /** Exit codes of the process (see docs/OPERATIONS.md). */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int ALREADY_RUNNING = 2;
    public static final int BAD_ARGUMENTS = 3;

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RefundProperties properties;
    private final DatabaseRunLock runLock;
    private final UnfinishedRuns unfinishedRuns;

    public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job refundJob, RefundProperties properties,
                      DatabaseRunLock runLock, JdbcTemplate jdbc) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = refundJob;
        this.properties = properties;
        this.runLock = runLock;
        this.unfinishedRuns = new UnfinishedRuns(jdbc);
    }

    /** Runs the job for that date and returns the process exit code. */
    public int run(LocalDate runDate) throws Exception {
        DatabaseRunLock.Held lock = runLock.tryAcquire(runDate);
        if (lock == null) {
            log.error("Another refund run is in progress on this database ({}): the run of {} was not started,"
                    + " nothing touched", runLock.holder(), runDate);
            return ALREADY_RUNNING;
        }
        try (lock) {
            for (LocalDate unfinished : unfinishedRuns.find()) {
                if (!unfinished.equals(runDate)) {
                    log.warn("The run of {} did not complete: finishing it before the run of {}", unfinished, runDate);
                    if (launch(unfinished) != OK) {
                        log.error("The run of {} was not started: the run of {} must complete first", runDate,
                                unfinished);
                        return FAILED;
                    }
                }
            }
            return launch(runDate);
        }
    }

    private int launch(LocalDate runDate) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addLocalDate(JobKeys.RUN_DATE, runDate).toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            log.info("The run of {} already completed at {}: nothing to do (outputs in {})", runDate,
                    last.getEndTime() == null ? "?" : last.getEndTime().truncatedTo(ChronoUnit.SECONDS),
                    properties.outboxDir(runDate).toAbsolutePath().normalize());
            return OK;
        }
        if (last != null && last.getStatus().isRunning()) {
            // we hold the run lock, so the process that ran it is gone (killed or crashed)
            log.warn("The run of {} was interrupted (execution {} still marked {}): recovering it", runDate,
                    last.getId(), last.getStatus());
            jobOperator.recover(last);
        }
        if (last != null) {
            log.info("Restarting the run of {} where it stopped", runDate);
        }
        JobExecution execution = jobOperator.start(job, parameters);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("The run of {} completed", runDate);
            return OK;
        }
        log.error("The run of {} ended {}{}. Run the same command again to restart it where it stopped.", runDate,
                execution.getStatus(), reason(execution));
        return FAILED;
    }

    /** The most specific cause of the last failure, with the step it happened in. */
    private static String reason(JobExecution execution) {
        String step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED).map(s -> " in step " + s.getStepName())
                .reduce((first, second) -> second).orElse("");
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return step + ": " + execution.getExitStatus().getExitDescription();
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failures.get(failures.size() - 1));
        return step + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
