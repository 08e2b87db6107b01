package org.refundbatch.payout;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Writes a file under a temporary name beside it and renames it into place only when it is complete. */
final class AtomicFile {

    /** The body of a file, written to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target}: a reader sees either the old file, or none, or the whole new one. When the content
     * fails, the temporary file is deleted and the target is left as it was.
     */
    static Path write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stay on the file moved into place
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, CREATE_NEW, WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(tmp, WRITE)) {
                channel.force(true);
            }
            return Files.move(tmp, target, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
