package org.refundbatch.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.refundbatch.job.JobKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code runDate=YYYY-MM-DD} (or {@code --runDate=}), default today in the configured
 * zone. The process exit code tells cron how it went (see docs/OPERATIONS.md).
 */
@Component
@ConditionalOnBooleanProperty(name = "refund.runner.enabled", matchIfMissing = true)
public class RefundJobRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(RefundJobRunner.class);

    private final NightlyRun nightlyRun;
    private final Clock clock;
    private int exitCode = NightlyRun.OK;

    public RefundJobRunner(NightlyRun nightlyRun, Clock clock) {
        this.nightlyRun = nightlyRun;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate runDate;
        try {
            runDate = runDate(args);
        } catch (DateTimeParseException e) {
            log.error("runDate '{}' is not a date: use runDate=YYYY-MM-DD", e.getParsedString());
            exitCode = NightlyRun.BAD_ARGUMENTS;
            return;
        }
        exitCode = nightlyRun.run(runDate);
    }

    private LocalDate runDate(ApplicationArguments args) {
        for (String arg : args.getNonOptionArgs()) {
            if (arg.startsWith("runDate=")) {
                return LocalDate.parse(arg.substring("runDate=".length()));
            }
        }
        if (args.containsOption(JobKeys.RUN_DATE)) {
            return LocalDate.parse(args.getOptionValues(JobKeys.RUN_DATE).get(0));
        }
        return LocalDate.now(clock);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
