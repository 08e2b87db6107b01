package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partitioned run settles one student's rows together however the id was typed in each sheet. */
@DatabaseTest
class PartitionedCanonicalKeyIntegrationTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);
    private static final String HEADER =
            "student_id,last_name,first_name,micro_credential,academic_year,withdrawal_date,amount_paid,iban,bic,reference\n";

    @TempDir
    Path temp;

    @Test
    void theSameStudentTypedTwoWaysInTwoSheetsIsOneRefundAndADuplicate() throws Exception {
        Installation partitioned = new Installation(temp, Map.of("refund.grid-size", "3", "refund.chunk-size", "2"));
        Files.writeString(partitioned.inbox().resolve("a-withdrawals.csv"), HEADER
                + "2000001,Aerts,Bram,MC-DATA,2026-2027,2026-10-20,,BE68 5390 0754 7034,,A-1\n"
                + "s0123456,Peeters,Anna,MC-DATA,2026-2027,2026-10-15,,BE68 5390 0754 7034,,A-2\n");
        Files.writeString(partitioned.inbox().resolve("b-withdrawals.csv"), HEADER
                + "S 012 3456,Peeters,Anna,MC-DATA,2026-2027,2026-10-16,,BE68 5390 0754 7034,,B-1\n"
                + "2000002,Claes,Lotte,MC-ETHICS,2026-2027,2026-11-12,,BE71 0961 2345 6769,,B-2\n");

        assertThat(partitioned.run(NIGHT)).isZero();

        Path outbox = partitioned.outbox(NIGHT);
        assertThat(CsvFile.read(outbox.resolve("reimbursements-2026-11-30.csv")).rows())
                .extracting(r -> r.get("student_id"), r -> r.get("source_file"))
                .containsExactly(tuple("2000001", "a-withdrawals.csv"), tuple("S0123456", "a-withdrawals.csv"),
                        tuple("2000002", "b-withdrawals.csv"));
        assertThat(CsvFile.read(outbox.resolve("rejected-2026-11-30.csv")).rows())
                .extracting(r -> r.get("source_file"), r -> r.get("source_row"), r -> r.get("reason"))
                .containsExactly(tuple("b-withdrawals.csv", "2", "already refunded earlier in this run (2026-11-30):"
                        + " S0123456 / MC-DATA / 2026-2027 from a-withdrawals.csv row 3 (refund R20261130-001-0000003)"));
    }
}
