package org.refundbatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A torn last record of the embedded database's backup is dropped before the database is opened. */
class EmbeddedDatabaseRepairTests {

    @TempDir
    Path dir;

    @Test
    void findsTheFilesOfAFileDatabase() {
        assertThat(EmbeddedDatabaseRepair.databasePath("jdbc:hsqldb:file:var/db/refund;shutdown=true"))
                .contains(Path.of("var/db/refund"));
        assertThat(EmbeddedDatabaseRepair.databasePath("jdbc:hsqldb:mem:refund")).isEmpty();
        assertThat(EmbeddedDatabaseRepair.databasePath("jdbc:postgresql://db/refunds")).isEmpty();
    }

    @Test
    void dropsATornLastRecordOfADatabaseThatWasNotClosed() throws IOException {
        Path database = database("modified=yes", record(0), record(16384), new byte[] {0, 0, 0x40, 0, 0, 0});

        assertThat(EmbeddedDatabaseRepair.repair(database)).isTrue();

        assertThat(Files.size(dir.resolve("refund.backup"))).isEqualTo(2 * (12 + 16384));
    }

    @Test
    void leavesCompleteRecordsAndClosedDatabasesAlone() throws IOException {
        Path complete = database("modified=yes", record(0), record(16384));
        assertThat(EmbeddedDatabaseRepair.repair(complete)).isFalse();
        assertThat(Files.size(dir.resolve("refund.backup"))).isEqualTo(2 * (12 + 16384));

        Path closed = database("modified=no", record(0), new byte[] {0, 0});
        assertThat(EmbeddedDatabaseRepair.repair(closed)).isFalse();
        assertThat(Files.size(dir.resolve("refund.backup"))).isEqualTo(12 + 16384 + 2);
    }

    private Path database(String modified, byte[]... records) throws IOException {
        Files.writeString(dir.resolve("refund.properties"), "version=2.7.3\n" + modified + "\n");
        int size = 0;
        for (byte[] record : records) {
            size += record.length;
        }
        ByteBuffer backup = ByteBuffer.allocate(size);
        for (byte[] record : records) {
            backup.put(record);
        }
        Files.write(dir.resolve("refund.backup"), backup.array());
        return dir.resolve("refund");
    }

    private static byte[] record(long position) {
        return ByteBuffer.allocate(12 + 16384).putInt(16384).putLong(position).array();
    }
}
