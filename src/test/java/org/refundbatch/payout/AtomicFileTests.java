package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTests {

    @TempDir
    Path outbox;

    @Test
    void writesTheFileAndItsFolderForTheOwnerOnlyAndNothingBeside() throws IOException {
        Path target = outbox.resolve("2026-11-30/report.txt");

        AtomicFile.write(target, out -> out.write("done".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("done");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())))
                    .isEqualTo("rwx------");
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void keepsTheOldFileAndLeavesNoTemporaryOneWhenTheContentFails() throws IOException {
        Path target = outbox.resolve("report.txt");
        Files.writeString(target, "yesterday");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("yesterday");
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void deletesWhatAKilledWriterLeftHalfWrittenAndNothingElse() throws IOException {
        Path done = Files.writeString(outbox.resolve("reimbursements-2026-11-30.xml"), "<Document/>");
        Path left = Files.writeString(outbox.resolve(AtomicFile.temporaryName("reimbursements-2026-11-30.xml")), "<Doc");
        Path leftToo = Files.writeString(outbox.resolve(AtomicFile.temporaryName("credit-records-2026-11-30.csv")), "R");
        Path staffs = Files.writeString(outbox.resolve(".notes.tmp"), "keep");
        Path hidden = Files.writeString(outbox.resolve(".reimbursements-2026-11-30.xml.backup"), "keep");

        assertThat(AtomicFile.deleteLeftovers(outbox)).isEqualTo(2);

        assertThat(left).doesNotExist();
        assertThat(leftToo).doesNotExist();
        assertThat(done).hasContent("<Document/>");
        assertThat(staffs).exists();
        assertThat(hidden).exists();
        assertThat(AtomicFile.deleteLeftovers(outbox.resolve("no-such-dir"))).isZero();
    }
}
