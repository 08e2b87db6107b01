package org.refundbatch.intake.batch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.refundbatch.ledger.StagedFileRepository;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One intake partition per sheet the run accepted, named {@code sheet-<file_seq>}; its execution context holds
 * the sheet's {@code fileSeq}. The grid size does not matter here: it limits how many run at once.
 */
public class StagedSheetPartitioner implements Partitioner {

    public static final String FILE_SEQ = "fileSeq";

    private final StagedFileRepository stagedFiles;
    private final LocalDate runDate;

    public StagedSheetPartitioner(StagedFileRepository stagedFiles, LocalDate runDate) {
        this.stagedFiles = stagedFiles;
        this.runDate = runDate;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (StagedFileRepository.StagedFile file : stagedFiles.findByRun(runDate)) {
            if (file.status().readByIntake()) { // a damaged sheet keeps its partition on a restart
                ExecutionContext context = new ExecutionContext();
                context.putInt(FILE_SEQ, file.fileSeq());
                partitions.put(String.format(Locale.ROOT, "sheet-%03d", file.fileSeq()), context);
            }
        }
        return partitions;
    }
}
