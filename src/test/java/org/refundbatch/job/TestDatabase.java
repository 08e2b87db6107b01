package org.refundbatch.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one place that knows how a job test reaches its database: a fresh in-memory HSQLDB, or with
 * {@code -Drefund.test.database=postgresql} a fresh schema on the PostgreSQL server of {@link PostgresServer},
 * under the {@code postgres} profile. Either way Flyway creates every table anew for each test class.
 */
final class TestDatabase {

    static final String SYSTEM_PROPERTY = "refund.test.database";

    /** The catalogue of {@code input-samples/}. */
    static final Path SAMPLE_CATALOG = Path.of("input-samples/catalog.csv").toAbsolutePath();

    private TestDatabase() {
    }

    /** True when this test run is the PostgreSQL one. */
    static boolean postgresql() {
        String database = System.getProperty(SYSTEM_PROPERTY, "hsqldb");
        if (!database.equals("hsqldb") && !database.equals("postgresql")) {
            throw new IllegalArgumentException(SYSTEM_PROPERTY + "=" + database + ": use hsqldb or postgresql");
        }
        return database.equals("postgresql");
    }

    static void register(DynamicPropertyRegistry registry, Path home) {
        settings(home).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * A night in {@code home}: its database as {@link #register} gives it, the inbox {@code home/inbox} and the
     * sample catalogue.
     */
    static void registerNight(DynamicPropertyRegistry registry, Path home) {
        register(registry, home);
        registry.add("refund.inbox", () -> home.resolve("inbox").toString());
        registry.add("refund.catalog", () -> SAMPLE_CATALOG.toString());
    }

    /** The settings of a job home on a new, empty database. */
    static Map<String, String> settings(Path home) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("refund.home", home.toString());
        if (postgresql()) {
            settings.putAll(PostgresServer.get().newSchema());
        } else {
            settings.put("spring.datasource.url", "jdbc:hsqldb:mem:refund-" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        }
        return settings;
    }

    /** The Spring profiles of the database: {@code postgres} on PostgreSQL, none on HSQLDB. */
    static String[] profiles() {
        return postgresql() ? new String[] {"postgres"} : new String[0];
    }

    /** Gives {@code @ActiveProfiles} the database's profiles. */
    static final class Profiles implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return profiles();
        }
    }

    /** Empties the ledger and the job repository, so each test starts from a new installation. */
    static void clean(JdbcTemplate jdbc) {
        for (String table : new String[] {"refund_event", "payment", "bank_feedback_file", "bank_feedback_reject",
                "credit_record", "refund", "reject", "staged_file", "pending_refund",
                "issued_message", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
                "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION",
                "BATCH_JOB_INSTANCE"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE run_lock SET claim_id = NULL, host = NULL, pid = NULL, process_start = NULL,"
                + " run_date = NULL, claimed_at = NULL");
    }
}
