package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.run.NightlyRun;

/**
 * A partitioned run ({@code refund.grid-size=3}: one partition per sheet, then three key ranges) writes
 * byte for byte what a single-threaded run writes, on sheets whose keys repeat across sheets; a partition
 * that fails restarts alone, from its last committed chunk.
 */
@DatabaseTest
class PartitionedRunIntegrationTests {

    private static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 30);
    private static final LocalDate NIGHT_2 = LocalDate.of(2026, 12, 1);
    /** Nothing new in the inbox: no sheet to partition. */
    private static final LocalDate NIGHT_3 = LocalDate.of(2026, 12, 2);
    private static final List<String> OUTPUTS = List.of("reimbursements-%s.csv", "credit-records-%s.csv",
            "rejected-%s.csv", "run-summary-%s.json");

    @TempDir
    static Path temp;

    private static Installation singleThreaded;

    @BeforeAll
    static void runTwoNightsSingleThreaded() throws IOException {
        singleThreaded = new Installation(temp.resolve("single"), Map.of("refund.grid-size", "1"));
        WithdrawalSheets.night1(singleThreaded.inbox());
        assertThat(singleThreaded.run(NIGHT_1)).isZero();
        WithdrawalSheets.night2(singleThreaded.inbox());
        assertThat(singleThreaded.run(NIGHT_2)).isZero();
        assertThat(singleThreaded.run(NIGHT_3)).isZero();
    }

    @Test
    void writesWhatTheSingleThreadedRunWrites() throws IOException {
        Installation partitioned = new Installation(temp.resolve("partitioned"),
                Map.of("refund.grid-size", "3", "refund.chunk-size", "2"));
        WithdrawalSheets.night1(partitioned.inbox());
        assertThat(partitioned.run(NIGHT_1)).isZero();
        WithdrawalSheets.night2(partitioned.inbox());
        assertThat(partitioned.run(NIGHT_2)).isZero();
        assertThat(partitioned.run(NIGHT_3)).isZero();

        assertSameOutputs(partitioned, NIGHT_1);
        assertSameOutputs(partitioned, NIGHT_2);
        assertSameOutputs(partitioned, NIGHT_3);
        CsvFile rejects = CsvFile.read(partitioned.outbox(NIGHT_1).resolve("rejected-2026-11-30.csv"));
        assertThat(rejects.rowsWith("student_id", "2000004")).singleElement()
                .as("the same key in a later sheet is the duplicate, whichever partition got there first")
                .satisfies(r -> assertThat(r.get("source_file")).isEqualTo("b-withdrawals.csv"))
                .satisfies(r -> assertThat(r.get("reason")).contains("from a-withdrawals.csv row 5"));
        partitioned.withDatabase(jdbc -> {
            assertThat(jdbc.queryForList("SELECT DISTINCT STEP_NAME FROM BATCH_STEP_EXECUTION"
                    + " WHERE STEP_NAME LIKE 'intakeSheet:%' ORDER BY STEP_NAME", String.class)).containsExactly(
                    "intakeSheet:sheet-001", "intakeSheet:sheet-002", "intakeSheet:sheet-003",
                    "intakeSheet:sheet-004", "intakeSheet:sheet-005");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_refund", Integer.class)).isZero();
        });
    }

    @Test
    void restartsOnlyTheSheetThatFailed() throws IOException {
        Installation partitioned = new Installation(temp.resolve("restarted"),
                Map.of("refund.grid-size", "3", "refund.chunk-size", "2"));
        WithdrawalSheets.night1(partitioned.inbox());
        // a pending refund in the way of b-withdrawals.csv row 5: its second chunk (rows 4 and 5) fails
        partitioned.withDatabase(jdbc -> jdbc.update("INSERT INTO pending_refund (run_date, file_seq, source_row,"
                + " key_bucket, settle_seq, payload) VALUES (?, 2, 5, 0, 0, '{}')", java.sql.Date.valueOf(NIGHT_1)));

        assertThat(partitioned.run(NIGHT_1)).isEqualTo(NightlyRun.FAILED);
        partitioned.withDatabase(jdbc -> jdbc.update("DELETE FROM pending_refund"
                + " WHERE file_seq = 2 AND source_row = 5 AND payload = '{}'"));
        assertThat(partitioned.run(NIGHT_1)).isZero();

        partitioned.withDatabase(jdbc -> {
            List<Map<String, Object>> restarted = jdbc.queryForList("SELECT s.STEP_NAME, s.READ_COUNT"
                    + " FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID)"
                    + " FROM BATCH_JOB_EXECUTION) AND s.STEP_NAME LIKE 'intakeSheet:%'");
            assertThat(restarted).as("only the failed sheet runs again, from row 4").singleElement()
                    .satisfies(s -> assertThat(s.get("STEP_NAME")).isEqualTo("intakeSheet:sheet-002"))
                    .satisfies(s -> assertThat(((Number) s.get("READ_COUNT")).longValue()).isEqualTo(4));
        });
        assertSameOutputs(partitioned, NIGHT_1);
    }

    @Test
    void restartsOnlyTheKeyRangeThatFailed() throws IOException {
        Installation partitioned = new Installation(temp.resolve("settle-restarted"),
                Map.of("refund.grid-size", "3", "refund.chunk-size", "2"));
        WithdrawalSheets.night1(partitioned.inbox());
        // a refund of another night holding the id that b-withdrawals.csv row 5 gets: settling it fails
        partitioned.withDatabase(jdbc -> jdbc.update(BLOCKING_REFUND, LocalDate.of(2025, 11, 30)));

        assertThat(partitioned.run(NIGHT_1)).isEqualTo(NightlyRun.FAILED);
        partitioned.withDatabase(jdbc -> jdbc.update("DELETE FROM refund WHERE refund_key = 'blocking'"));
        assertThat(partitioned.run(NIGHT_1)).isZero();

        partitioned.withDatabase(jdbc -> assertThat(jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"
                + " AND STEP_NAME LIKE '%:%'", String.class))
                .as("no sheet is read again; one key range is settled again").singleElement()
                .satisfies(name -> assertThat(name).startsWith("settleKeyRange:keys-")));
        assertSameOutputs(partitioned, NIGHT_1);
    }

    private static final String BLOCKING_REFUND = "INSERT INTO refund (refund_id, run_date, refund_key, student_id,"
            + " last_name, first_name, micro_credential, academic_year, withdrawal_date, rule_code,"
            + " full_refund_before, no_refund_from, registration_fee, entitlement, refund_amount, status,"
            + " source_file, file_seq, source_row) VALUES ('R20261130-002-0000005', ?, 'blocking', 'x', 'x', 'x',"
            + " 'MC-X', '2025-2026', DATE '2025-11-01', 'NO_REFUND', DATE '2025-11-01', DATE '2026-03-15',"
            + " 0, 0, 0, 'NOTHING_DUE', 'x.csv', 1, 1)";

    private static void assertSameOutputs(Installation partitioned, LocalDate night) throws IOException {
        for (String output : OUTPUTS) {
            String name = String.format(output, night);
            assertThat(Files.readString(partitioned.outbox(night).resolve(name))).as(name)
                    .isEqualTo(Files.readString(singleThreaded.outbox(night).resolve(name)));
        }
    }
}
