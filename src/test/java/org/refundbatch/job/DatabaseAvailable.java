package org.refundbatch.job;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a {@link DatabaseTest} on PostgreSQL, with the reason, when no server is reachable and none was asked
 * for: a developer's machine without one. In CI ({@code CI=true}), or when {@code REFUND_TEST_DB_URL} names a
 * server, an unreachable server fails the tests instead.
 */
class DatabaseAvailable implements ExecutionCondition {

    private static volatile boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgresql()) {
            return ConditionEvaluationResult.enabled("HSQLDB in memory");
        }
        PostgresServer server = PostgresServer.get();
        if (server.problem() == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI")) || server.configured()) {
            throw new IllegalStateException("The PostgreSQL tests cannot run: " + server.problem()
                    + ". .ci/run starts a server and sets REFUND_TEST_DB_URL; see the README.");
        }
        String reason = "PostgreSQL tests SKIPPED: " + server.problem()
                + " (start one and set REFUND_TEST_DB_URL, or run .ci/run)";
        if (!told) {
            told = true;
            System.err.println("[WARNING] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
