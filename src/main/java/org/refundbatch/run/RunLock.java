package org.refundbatch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.refundbatch.files.OwnerOnly;

/**
 * One process at a time per job home: an operating-system lock on {@code <home>/refund.lock}, released
 * when the process ends, however it ends (also after {@code kill -9}). The file names its holder.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE_NAME = "refund.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process (or another lock in this one) holds it. */
    public static RunLock tryAcquire(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            OwnerOnly.createDirectories(home);
            try {
                OwnerOnly.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // made by an earlier run, or by a launch at the same moment: either way it is there to lock
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + RunHolder.thisHost()
                    + ", since " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return new RunLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the lock of that home, as its holder wrote it in the file. */
    static String holder(Path home) {
        try {
            String text = Files.readString(home.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
