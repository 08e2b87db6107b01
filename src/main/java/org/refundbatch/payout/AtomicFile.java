package org.refundbatch.payout;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.refundbatch.files.OwnerOnly;

/**
 * Writes a file under a temporary name beside it and renames it into place only when it is complete; the file
 * and any folder made for it are the job user's only ({@link OwnerOnly}).
 */
public final class AtomicFile {

    /** {@code .<target name>.<random UUID>.tmp}, the name a file has while it is being written. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** The body of a file, written to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static String temporaryName(String target) {
        return "." + target + "." + UUID.randomUUID() + ".tmp";
    }

    /**
     * Deletes the files a writer left half-written in {@code dir}: a process killed while writing cannot delete
     * its temporary files itself. Only for a directory no one else is writing in.
     *
     * @return how many were deleted
     */
    public static int deleteLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                file -> TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))) {
            for (Path file : files) {
                Files.delete(file);
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Writes {@code target}: a reader sees either the old file, or none, or the whole new one. When the content
     * fails, the temporary file is deleted and the target is left as it was.
     */
    public static Path write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        OwnerOnly.createDirectories(dir);
        Path tmp = OwnerOnly.createFile(dir.resolve(temporaryName(target.getFileName().toString())));
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, WRITE), 1 << 16)) {
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
