package org.refundbatch.job;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DamagedSheetCases} on the partitioned intake: one partition per sheet, then the key ranges. */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = {"refund.runner.enabled=false", "refund.chunk-size=50",
        "refund.limits.shared-strings=1MB", "refund.settle-time=PT2M", "refund.grid-size=3"})
@Import(FaultInjection.class)
class PartitionedDamagedSheetIntegrationTests extends DamagedSheetCases {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Override
    Path home() {
        return home;
    }
}
