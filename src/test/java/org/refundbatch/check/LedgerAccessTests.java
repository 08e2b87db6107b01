package org.refundbatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class LedgerAccessTests {

    private static final Instant NOW = Instant.parse("2026-11-30T23:10:00Z");

    @TempDir
    Path home;

    private MockEnvironment embeddedLedger() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:hsqldb:file:" + home.resolve("db/refund")
                + ";shutdown=true;hsqldb.default_table_type=cached;hsqldb.tx=mvcc")
                .withProperty("spring.datasource.username", "SA");
    }

    @Test
    void leavesTheLedgerAloneWhileANightHoldsIt() throws Exception {
        Files.createDirectories(home.resolve("db"));
        Files.writeString(home.resolve("db/refund.properties"), "version=2.7.4\n");
        Path lock = Files.writeString(home.resolve("db/refund.lck"), "held");
        Files.setLastModifiedTime(lock, FileTime.from(NOW.minusSeconds(8)));

        try (LedgerAccess ledger = LedgerAccess.open(embeddedLedger(), NOW)) {
            assertThat(ledger.jdbc()).isEmpty();
            assertThat(ledger.problem()).isEqualTo("a night is running and holds the ledger");
        }
        assertThat(Files.readString(lock)).isEqualTo("held");
    }

    @Test
    void createsNoLedgerWhereNoNightHasRun() {
        try (LedgerAccess ledger = LedgerAccess.open(embeddedLedger(), NOW)) {
            assertThat(ledger.jdbc()).isEmpty();
            assertThat(ledger.problem()).startsWith("no ledger yet at ");
        }
        assertThat(home.resolve("db")).doesNotExist();
    }
}
