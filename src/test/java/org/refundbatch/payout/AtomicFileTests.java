package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTests {

    @TempDir
    Path outbox;

    @Test
    void writesTheFileWithTheUsualPermissionsAndNothingBeside() throws IOException {
        Path target = outbox.resolve("2026-11-30/report.txt");

        AtomicFile.write(target, out -> out.write("done".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("done");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path ordinary = Files.createFile(outbox.resolve("ordinary.txt"));
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
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
}
