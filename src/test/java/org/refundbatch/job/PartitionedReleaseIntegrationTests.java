package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Releases in a partitioned run: a sheet per partition, then the keys settled range by range, in row order. */
@SpringBatchTest
@DirtiesContext
@DatabaseTest
@SpringBootTest(properties = {"refund.runner.enabled=false", "refund.grid-size=3", "refund.chunk-size=2"})
class PartitionedReleaseIntegrationTests {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final String IBAN_1 = "BE68539007547034";
    static final String IBAN_2 = "BE71096123456769";

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    JdbcTemplate jdbc;

    LifecycleNights nights;

    @BeforeEach
    void newInstallation() throws IOException {
        nights = new LifecycleNights(home, jdbc, jobOperatorTestUtils);
        nights.reset();
    }

    @Test
    void releasesAcrossNightsAndAcrossTheSheetsOfOneNight() throws Exception {
        nights.sheet("a.csv", RefundLifecycleIntegrationTests.row("2000001", "MC-DATA", "", "A1"),
                RefundLifecycleIntegrationTests.row("2000002", "MC-DATA", "", "A2"),
                RefundLifecycleIntegrationTests.row("2000003", "MC-ETHICS", IBAN_1, "A3"));
        nights.sheet("b.csv", RefundLifecycleIntegrationTests.row("2000002", "MC-DATA", IBAN_2, "B1"));
        nights.night(NOV_30);

        assertThat(nights.transfers(NOV_30)).containsExactly("R20261130-001-0000004 384.60 " + IBAN_1,
                "R20261130-001-0000003 495.00 " + IBAN_2);
        assertThat(nights.csv("reimbursements", NOV_30).rows()).extracting(r -> r.get("refund_id"),
                r -> r.get("status"), r -> r.get("source_file"), r -> r.get("source_row")).containsExactly(
                tuple("R20261130-001-0000002", "ON_HOLD", "a.csv", "2"),
                tuple("R20261130-001-0000003", "ON_HOLD", "a.csv", "3"),
                tuple("R20261130-001-0000004", "PAYABLE", "a.csv", "4"),
                tuple("R20261130-001-0000003", "PAYABLE", "b.csv", "2"));
        assertThat(nights.csv("open-items", NOV_30).rows()).extracting(r -> r.get("refund_id"))
                .containsExactly("R20261130-001-0000002");

        nights.sheet("c.csv", RefundLifecycleIntegrationTests.row("2000001", "MC-DATA", IBAN_2, "C1"));
        nights.night(DEC_1);

        assertThat(nights.transfers(DEC_1)).containsExactly("R20261130-001-0000002 495.00 " + IBAN_2);
        assertThat(nights.events("R20261130-001-0000002")).containsExactly(">ON_HOLD 2026-11-30 a.csv:2",
                "ON_HOLD>PAYABLE 2026-12-01 c.csv:2 " + IBAN_2,
                "PAYABLE>SENT 2026-12-01 reimbursements-2026-12-01.xml " + IBAN_2);
        assertThat(nights.csv("open-items", DEC_1).rows()).isEmpty();
    }
}
