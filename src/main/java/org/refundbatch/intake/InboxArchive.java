package org.refundbatch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.refundbatch.files.OwnerOnly;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the sheets a run took from the inbox into the run's archive folder, once its files are written.
 * Only the very bytes the run staged move: a sheet dropped or replaced since stays for the next night.
 * Safe to repeat: a sheet already moved is simply no longer in the inbox.
 */
public class InboxArchive {

    private static final Logger log = LoggerFactory.getLogger(InboxArchive.class);

    /** Moves the staged sheets still in the inbox; returns how many moved. */
    public int archive(List<StagedFile> staged, Path inbox, Path archiveDir) {
        int moved = 0;
        try {
            for (StagedFile file : staged) {
                Path source = inbox.resolve(file.fileName());
                if (!Files.isRegularFile(source)) {
                    continue;
                }
                if (!InboxStager.sha256(source).equals(file.sha256())) {
                    log.warn("{} changed in the inbox since the run took it: left there for the next night",
                            file.fileName());
                    continue;
                }
                OwnerOnly.createDirectories(archiveDir);
                OwnerOnly.restrict(move(source, archiveDir.resolve(file.fileName())));
                moved++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the inbox sheets to " + archiveDir + ": " + e.getMessage(), e);
        }
        return moved;
    }

    private static Path move(Path source, Path target) throws IOException {
        try {
            return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // another file system: copy, then delete; a crash in between leaves the source to move again
            return Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
