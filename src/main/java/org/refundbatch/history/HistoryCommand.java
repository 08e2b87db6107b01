package org.refundbatch.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

import org.refundbatch.run.EmbeddedDatabaseRepair;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code --history=<refund id or student id>}: prints a refund's events, or those of every refund of a
 * student, and exits 0, or 1 when there is nothing to show. It reads the settings as the job does (profiles,
 * {@code refund.home}, {@code spring.datasource.*}) but starts nothing of the job: no run lock, no Flyway, no
 * job, no write. A database that does not exist is not created: an embedded one opens read-only, and only when
 * its files are there.
 */
@Configuration(proxyBeanMethods = false)
public class HistoryCommand {

    public static final String OPTION = "--history=";

    /** The refund or student asked for, when the command line asks for a history. */
    public static Optional<String> requested(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith(OPTION)).map(a -> a.substring(OPTION.length()).trim())
                .findFirst();
    }

    /** Runs the command and returns the exit code. */
    public static int run(String[] args) {
        String id = requested(args).orElseThrow();
        if (id.isEmpty()) {
            System.err.println("--history needs a refund id or a student id, e.g. --history=R20261130-001-0000002");
            return 1;
        }
        SpringApplication settings = new SpringApplication(HistoryCommand.class);
        settings.setWebApplicationType(WebApplicationType.NONE);
        settings.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = settings.run(args)) {
            return print(context.getEnvironment(), id);
        }
    }

    private static int print(Environment env, String id) {
        String url = env.getProperty("spring.datasource.url");
        Optional<Path> embedded = EmbeddedDatabaseRepair.databasePath(url);
        if (embedded.isPresent()) {
            Path files = embedded.get();
            if (!Files.exists(Path.of(files + ".properties")) && !Files.exists(Path.of(files + ".script"))) {
                System.err.println("No refund database at " + files.toAbsolutePath().normalize()
                        + ": no night has run with these settings, so there is no history to show");
                return 1;
            }
            url = url + ";readonly=true;ifexists=true";
        }
        try (Connection connection = DriverManager.getConnection(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"))) {
            connection.setReadOnly(true);
            if (!hasEvents(connection)) {
                System.err.println("The refund database at " + url + " has no refund events yet: run a night with"
                        + " this version first");
                return 1;
            }
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            if (!new RefundHistory(jdbc).print(id, System.out)) {
                System.err.println("No refund and no student with id " + id);
                return 1;
            }
            return 0;
        } catch (SQLException e) {
            System.err.println("Cannot read the refund database at " + url + ": " + e.getMessage());
            return 1;
        }
    }

    private static boolean hasEvents(Connection connection) throws SQLException {
        for (String name : new String[] {"refund_event", "REFUND_EVENT"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
