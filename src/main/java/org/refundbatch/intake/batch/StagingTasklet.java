package org.refundbatch.intake.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.refundbatch.catalog.Catalog;
import org.refundbatch.intake.InboxStager;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** First step: check the catalogue, then take tonight's sheets from the inbox into the run. */
public class StagingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StagingTasklet.class);

    private final LocalDate runDate;
    private final Path inbox;
    private final Path workDir;
    private final Path catalogFile;
    private final Catalog catalog;
    private final InboxStager stager;

    /**
     * @param workDir where the run keeps its copies of the sheets
     * @param catalogFile the file the catalogue was loaded from
     */
    public StagingTasklet(LocalDate runDate, Path inbox, Path workDir, Path catalogFile, Catalog catalog,
                          InboxStager stager) {
        this.runDate = runDate;
        this.inbox = inbox;
        this.workDir = workDir;
        this.catalogFile = catalogFile;
        this.catalog = catalog;
        this.stager = stager;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        log.info("Run {}: catalogue {} has {} micro-credential(s)", runDate, catalogFile, catalog.size());
        List<StagedFile> files = stager.stage(inbox, workDir, runDate, catalogFile);
        long accepted = files.stream().filter(f -> f.status() == Status.ACCEPTED).count();
        long waiting = files.stream().filter(f -> f.status() == Status.WAITING).count();
        log.info("Run {}: {} file(s) to read, {} rejected whole, {} waiting for the next night", runDate, accepted,
                files.size() - accepted - waiting, waiting);
        return RepeatStatus.FINISHED;
    }
}
