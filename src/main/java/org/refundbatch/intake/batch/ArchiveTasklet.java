package org.refundbatch.intake.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import org.refundbatch.intake.InboxArchive;
import org.refundbatch.ledger.StagedFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Last step: with {@code refund.archive} set, moves the run's sheets out of the inbox to its archive folder. */
public class ArchiveTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);

    private final LocalDate runDate;
    private final Path inbox;
    private final Path archiveDir;
    private final StagedFileRepository stagedFiles;

    /** @param archiveDir the run's folder in the archive, or null when sheets stay in the inbox */
    public ArchiveTasklet(LocalDate runDate, Path inbox, Path archiveDir, StagedFileRepository stagedFiles) {
        this.runDate = runDate;
        this.inbox = inbox;
        this.archiveDir = archiveDir;
        this.stagedFiles = stagedFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (archiveDir == null) {
            log.info("Run {}: no refund.archive set, the sheets stay in the inbox", runDate);
            return RepeatStatus.FINISHED;
        }
        // a file left waiting, or whose bytes were never read (a link, an unreadable file), stays in the inbox
        int moved = new InboxArchive().archive(stagedFiles.findByRun(runDate).stream()
                .filter(f -> f.status() != StagedFileRepository.Status.WAITING)
                .filter(f -> !f.sha256().equals(StagedFileRepository.NOT_READ)).toList(), inbox, archiveDir);
        log.info("Run {}: moved {} sheet(s) from the inbox to {}", runDate, moved,
                archiveDir.toAbsolutePath().normalize());
        return RepeatStatus.FINISHED;
    }
}
