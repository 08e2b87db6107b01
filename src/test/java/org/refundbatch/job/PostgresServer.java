package org.refundbatch.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server the PostgreSQL test run uses: {@code REFUND_TEST_DB_URL}, {@code REFUND_TEST_DB_USER}
 * and {@code REFUND_TEST_DB_PASSWORD}, by default the {@code refund} database of a server on 127.0.0.1:5432 as
 * {@code .ci/run} sets it up. Each test class gets a schema of its own, dropped when the tests end.
 */
final class PostgresServer {

    private static PostgresServer instance;

    private final String url;
    private final String user;
    private final String password;
    private final boolean configured;
    private final String problem;
    private final List<String> schemas = new ArrayList<>();

    private PostgresServer() {
        String configuredUrl = System.getenv("REFUND_TEST_DB_URL");
        configured = configuredUrl != null && !configuredUrl.isBlank();
        url = configured ? configuredUrl : "jdbc:postgresql://127.0.0.1:5432/refund";
        user = env("REFUND_TEST_DB_USER", "refund");
        password = env("REFUND_TEST_DB_PASSWORD", "refund");
        problem = probe();
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropSchemas, "drop-test-schemas"));
    }

    static synchronized PostgresServer get() {
        if (instance == null) {
            instance = new PostgresServer();
        }
        return instance;
    }

    /** Why the server cannot be used, or null when it can. */
    String problem() {
        return problem;
    }

    /** True when the environment names the server, so it must be there. */
    boolean configured() {
        return configured;
    }

    /** Creates an empty schema and returns the settings that make it the job's database. */
    synchronized Map<String, String> newSchema() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        String schema = "jobtest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", user, "spring.datasource.password", password);
    }

    private String probe() {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return connection.isValid(5) ? null : "PostgreSQL at " + url + " does not answer";
        } catch (SQLException e) {
            return "no PostgreSQL server reachable at " + url + " as " + user + " (" + e.getMessage() + ")";
        }
    }

    private synchronized void dropSchemas() {
        for (String schema : schemas) {
            try {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (IllegalStateException e) {
                System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '10s'");
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + url + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
