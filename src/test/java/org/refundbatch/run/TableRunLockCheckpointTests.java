package org.refundbatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lock check made while a chunk is open, on the HSQLDB file database, while a checkpoint is pending: HSQLDB
 * holds every new statement of other sessions until the checkpoint has run, and the checkpoint waits for the open
 * chunk to commit. A check read on a connection of its own would wait for ever; read in the chunk's transaction it
 * answers at once.
 */
class TableRunLockCheckpointTests {

    @TempDir
    Path home;

    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable);
        thread.setDaemon(true);
        return thread;
    });
    private JdbcTemplate jdbc;
    private TransactionTemplate chunk;
    private TableRunLock lock;

    @BeforeEach
    void fileDatabaseWithTheLockHeld() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:hsqldb:file:" + home.resolve("db/refund")
                + ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc", "SA", "");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE run_lock (lock_name VARCHAR(32) NOT NULL PRIMARY KEY, claim_id VARCHAR(36),"
                + " host VARCHAR(255), pid BIGINT, process_start VARCHAR(40), run_date DATE, claimed_at TIMESTAMP)");
        jdbc.execute("INSERT INTO run_lock (lock_name) VALUES ('refund-batch')");
        jdbc.execute("CREATE TABLE refund (id INT PRIMARY KEY)");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        chunk = new TransactionTemplate(transactions);
        lock = new TableRunLock(new RunLockTable(jdbc, transactions), true);
        assertThat(lock.tryAcquire(LocalDate.of(2026, 11, 30))).isNotNull();
    }

    @AfterEach
    void shutDown() {
        threads.shutdownNow();
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void theCheckInsideAChunkAnswersWhileACheckpointWaitsForThatChunk() throws Exception {
        Future<Integer> chunkRun = threads.submit(() -> chunk.execute(status -> {
            jdbc.update("INSERT INTO refund (id) VALUES (1)");
            Future<?> checkpoint = threads.submit(() -> jdbc.execute("CHECKPOINT"));
            waitUntilPending(checkpoint);
            lock.checkHeld();
            return jdbc.queryForObject("SELECT COUNT(*) FROM refund", Integer.class);
        }));

        assertThat(chunkRun.get(30, TimeUnit.SECONDS)).as("the chunk went on and committed").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund", Integer.class)).isEqualTo(1);
    }

    private static void waitUntilPending(Future<?> checkpoint) {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(checkpoint.isDone()).as("the checkpoint waits for the open chunk").isFalse();
    }
}
