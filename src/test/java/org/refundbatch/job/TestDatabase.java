package org.refundbatch.job;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The database a job test runs on: a fresh in-memory HSQLDB per test class. */
final class TestDatabase {

    private TestDatabase() {
    }

    static void register(DynamicPropertyRegistry registry, Path home) {
        registry.add("refund.home", home::toString);
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:refund-" + UUID.randomUUID()
                + ";hsqldb.tx=mvcc");
    }

    /** Empties the ledger and the job repository, so each test starts from a new installation. */
    static void clean(JdbcTemplate jdbc) {
        for (String table : new String[] {"issued_message", "credit_record", "refund", "reject", "staged_file",
                "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
                "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE run_lock SET claim_id = NULL, host = NULL, pid = NULL, process_start = NULL,"
                + " run_date = NULL, claimed_at = NULL");
    }
}
