package org.refundbatch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.refundbatch.files.OwnerOnly;

/**
 * Keeps an embedded HSQLDB file database the job user's only before it is opened: its folder {@code rwx------}
 * (made so when missing), its files {@code rw-------}. HSQLDB creates its files with the process's umask, so a
 * file it makes during a run is shut in by the folder, and restricted itself at the next start.
 */
final class EmbeddedDatabaseFiles {

    private EmbeddedDatabaseFiles() {
    }

    static void ownerOnly(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        try {
            OwnerOnly.restrict(OwnerOnly.createDirectories(folder));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                    file -> file.getFileName().toString().startsWith(database.getFileName().toString()))) {
                for (Path file : files) {
                    OwnerOnly.restrict(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database folder " + folder + " the job user's only: "
                    + e.getMessage(), e);
        }
    }
}
