package org.refundbatch.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the refund job once for {@code runDate} (default: today in the configured zone): starts it, restarts
 * it after a failure or a crash, or says there is nothing to do when that date already completed. The
 * process exit code tells cron how it went (see the README).
 */
@Component
@ConditionalOnBooleanProperty(name = "refund.runner.enabled", matchIfMissing = true)
public class RefundJobRunner implements ApplicationRunner, ExitCodeGenerator {

    /** Exit codes of the process. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int ALREADY_RUNNING = 2;
    public static final int BAD_ARGUMENTS = 3;

    private static final Logger log = LoggerFactory.getLogger(RefundJobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RefundProperties properties;
    private final Clock clock;
    private int exitCode = OK;

    public RefundJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job refundJob,
                           RefundProperties properties, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = refundJob;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate runDate;
        try {
            runDate = runDate(args);
        } catch (DateTimeParseException e) {
            log.error("runDate '{}' is not a date: use runDate=YYYY-MM-DD", e.getParsedString());
            exitCode = BAD_ARGUMENTS;
            return;
        }
        try (RunLock lock = RunLock.tryAcquire(properties.home())) {
            if (lock == null) {
                log.error("Another refund run is in progress (lock {} is held): not started, nothing touched",
                        properties.home().resolve("refund.lock").toAbsolutePath().normalize());
                exitCode = ALREADY_RUNNING;
                return;
            }
            exitCode = launch(runDate);
        }
    }

    private int launch(LocalDate runDate) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addLocalDate("runDate", runDate).toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            log.info("The run of {} already completed at {}: nothing to do (outputs in {})", runDate, last.getEndTime(),
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
        List<Throwable> failures = execution.getAllFailureExceptions();
        log.error("The run of {} ended {}: {}. Run the same command again to restart it where it stopped.", runDate,
                execution.getStatus(), failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                        : failures.get(failures.size() - 1).getMessage());
        return FAILED;
    }

    private LocalDate runDate(ApplicationArguments args) {
        for (String arg : args.getNonOptionArgs()) {
            if (arg.startsWith("runDate=")) {
                return LocalDate.parse(arg.substring("runDate=".length()));
            }
        }
        if (args.containsOption("runDate")) {
            return LocalDate.parse(args.getOptionValues("runDate").get(0));
        }
        return LocalDate.now(clock);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
