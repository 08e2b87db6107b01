package org.refundbatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/** The job's folders and database in a test, set back to a new installation between runs. */
final class JobHome {

    private JobHome() {
    }

    /** Empties the database, the inbox, the work and outbox folders and the archive. */
    static void reset(Path home, JdbcTemplate jdbc) throws IOException {
        TestDatabase.clean(jdbc);
        for (String dir : new String[] {"inbox", "work", "outbox", "archive", "feedback"}) {
            delete(home.resolve(dir));
        }
        Files.createDirectories(home.resolve("inbox"));
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
