package org.refundbatch.run;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Takes the job home's run lock as soon as the settings are known, before anything opens the database, and
 * keeps it for the life of the process: a second launch on the same home stops here with one line and exit
 * code 2, instead of failing on the embedded database's own lock. Holding it, it mends what a kill may have
 * left in an embedded database under the home (see {@link EmbeddedDatabaseRepair}).
 */
public final class RunLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RunLockListener.class);

    /** Held until the process ends; the operating system frees it then, whatever the way it ends. */
    private static RunLock held;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (held != null) {
            return;
        }
        Path home = Path.of(event.getEnvironment().getProperty("refund.home", "var"));
        RunLock lock = RunLock.tryAcquire(home);
        if (lock == null) {
            log.error("Another refund run is in progress ({} is held by {}): not started, nothing touched",
                    home.resolve(RunLock.FILE_NAME).toAbsolutePath().normalize(), RunLock.holder(home));
            throw new RunInProgressException();
        }
        held = lock;
        String url = event.getEnvironment().getProperty("spring.datasource.url");
        EmbeddedDatabaseRepair.databasePath(url)
                .filter(database -> database.toAbsolutePath().normalize().startsWith(home.toAbsolutePath().normalize()))
                .ifPresent(database -> {
                    EmbeddedDatabaseRepair.repair(database);
                    EmbeddedDatabaseFiles.ownerOnly(database);
                });
    }

    /** After logging is set up, so that the refusal lands in the log file too. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Ends the start-up quietly: the refusal was logged, the caller exits with {@link NightlyRun#ALREADY_RUNNING}. */
    public static final class RunInProgressException extends SpringApplication.AbandonedRunException {
    }
}
