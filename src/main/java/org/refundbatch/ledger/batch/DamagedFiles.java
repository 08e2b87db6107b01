package org.refundbatch.ledger.batch;

import java.time.LocalDate;
import java.util.List;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.PendingRefundRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.StagedFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejects a file the intake found damaged part-way (DESIGN §7), as part of the chunk that carries the
 * {@link IntakeOutcome.FileRejected} mark: the file's reject is recorded, everything the run wrote for its rows
 * — refunds and credit records, pending refunds of a partitioned intake, row rejects — is taken back, and the
 * file is marked {@code DAMAGED} so its bytes count as not read. All of it commits with the reader's position
 * past the file, or not at all: a kill -9 in between restarts from the last committed chunk and meets the same
 * damage again.
 */
public class DamagedFiles {

    private static final Logger log = LoggerFactory.getLogger(DamagedFiles.class);

    private final LocalDate runDate;
    private final LedgerRepository ledger;
    private final RefundEventRepository events;
    private final StagedFileRepository stagedFiles;
    private final PendingRefundRepository pending;

    public DamagedFiles(LocalDate runDate, LedgerRepository ledger, RefundEventRepository events,
                 StagedFileRepository stagedFiles, PendingRefundRepository pending) {
        this.runDate = runDate;
        this.ledger = ledger;
        this.events = events;
        this.stagedFiles = stagedFiles;
        this.pending = pending;
    }

    void reject(IntakeOutcome.FileRejected file) {
        ledger.insertRejects(runDate, List.of(file.reject()));
        events.takeBackFile(runDate, file.fileSeq());
        pending.deleteFile(runDate, file.fileSeq());
        stagedFiles.markDamaged(runDate, file.fileSeq(), file.reason());
        log.warn("Rejected {} whole, reading stopped at row {}: {}", file.sourceFile(), file.stoppedAtRow(),
                file.reason());
    }
}
