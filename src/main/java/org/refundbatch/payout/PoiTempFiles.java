package org.refundbatch.payout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.refundbatch.files.OwnerOnly;

/**
 * Where POI puts the temporary files of a streamed workbook (SXSSF keeps each sheet's rows in one while the
 * finance workbook is written): a folder of the job home, the job user's only, instead of the shared
 * {@code java.io.tmpdir}. What a killed run left there is deleted at the next start.
 */
public final class PoiTempFiles {

    private PoiTempFiles() {
    }

    /**
     * Empties {@code dir} (made {@code rwx------} when missing) and has POI create its temporary files there.
     * POI's setting is the process's: the folder of the last call wins.
     *
     * @return how many files a killed run had left
     */
    public static int useFolder(Path dir) {
        int deleted = 0;
        try {
            OwnerOnly.restrict(OwnerOnly.createDirectories(dir));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
                for (Path file : files) {
                    Files.delete(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the folder " + dir + " for temporary workbook files: "
                    + e.getMessage(), e);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        return deleted;
    }
}
