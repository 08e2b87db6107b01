package org.refundbatch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mends what a {@code kill -9} can leave in the embedded HSQLDB file database before it is opened again:
 * a torn last record in its incremental backup ({@code <db>.backup}). HSQLDB 2.7 restores such a record
 * as half a page and then opens the database with tables missing, without an error. HSQLDB copies a page
 * to the backup before it changes it, so the page of a torn record is unchanged: dropping it is the repair.
 */
public final class EmbeddedDatabaseRepair {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseRepair.class);
    private static final String FILE_URL = "jdbc:hsqldb:file:";
    /** A backup record: page size (int), page position (long), the page. */
    private static final int RECORD_HEADER = Integer.BYTES + Long.BYTES;

    private EmbeddedDatabaseRepair() {
    }

    /** The files' base path of an HSQLDB file database URL, if it is one. */
    public static Optional<Path> databasePath(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(FILE_URL.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of(options < 0 ? path : path.substring(0, options)));
    }

    /** Drops a torn last record of the backup of a database that was not closed; true when it did. */
    static boolean repair(Path database) {
        Path backup = database.resolveSibling(database.getFileName() + ".backup");
        Path properties = database.resolveSibling(database.getFileName() + ".properties");
        try {
            if (!Files.isRegularFile(backup) || !Files.isRegularFile(properties)
                    || Files.readString(properties, StandardCharsets.ISO_8859_1).contains("modified=no")) {
                return false;
            }
            try (FileChannel file = FileChannel.open(backup, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long size = file.size();
                long complete = completeRecords(file, size);
                if (complete == size) {
                    return false;
                }
                log.warn("The database {} was not closed (the process was killed): dropping the torn last {} bytes"
                        + " of its backup, whose page was not yet changed", database, size - complete);
                file.truncate(complete);
                file.force(true);
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the backup of the database " + database + ": "
                    + e.getMessage(), e);
        }
    }

    private static long completeRecords(FileChannel file, long size) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
        long position = 0;
        while (size - position >= RECORD_HEADER) {
            header.clear();
            file.read(header, position);
            int pageSize = header.getInt(0);
            if (pageSize <= 0 || size - position - RECORD_HEADER < pageSize) {
                break;
            }
            position += RECORD_HEADER + pageSize;
        }
        return position;
    }
}
