package org.refundbatch;

import java.util.Arrays;

import org.refundbatch.check.CheckCommand;
import org.refundbatch.history.HistoryCommand;
import org.refundbatch.run.NightlyRun;
import org.refundbatch.run.RunLockListener;
import org.refundbatch.template.TemplateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The refund job's command line: one run, then exit with the code that tells cron how it went. */
@SpringBootApplication
public class RefundBatchApplication {

    public static void main(String[] args) {
        if (HistoryCommand.requested(args).isPresent()) {
            System.exit(HistoryCommand.run(args));
        }
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith(CheckCommand.OPTION))) {
            System.exit(CheckCommand.run(args, System.out));
        }
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith(TemplateCommand.OPTION))) {
            System.exit(TemplateCommand.run(args, System.out));
        }
        SpringApplication application = new SpringApplication(RefundBatchApplication.class);
        // the run lock is taken before the database is opened: a second launch must not touch it
        application.addListeners(new RunLockListener());
        int exitCode;
        try {
            exitCode = SpringApplication.exit(application.run(args));
        } catch (RunLockListener.RunInProgressException refused) {
            exitCode = NightlyRun.ALREADY_RUNNING;
        }
        System.exit(exitCode);
    }
}
