package org.refundbatch.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.refundbatch.feedback.FeedbackWorkbook;
import org.refundbatch.feedback.SheetFeedback;
import org.refundbatch.intake.InboxStager;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.OneRefundPerKey;
import org.refundbatch.intake.StagedSheet;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.LedgerRepository.EarlierRefund;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Assesses sheets as the night would: the same staging checks, reader, rules and duplicate check against the ledger
 * ({@link OneRefundPerKey}), reading the ledger only. Writes each sheet's feedback workbook and nothing else.
 */
final class SheetCheck {

    /** Rows assessed at once, as the night's chunk. */
    private static final int BATCH = 500;

    /** What a check found in one sheet. */
    record Result(String fileName, Path feedback, String fileReason, List<RefundRecord> refunds,
                  List<RejectRecord> rejects) {

        long onHold() {
            return refunds.stream().filter(r -> r.status() == RefundStatus.ON_HOLD).count();
        }

        BigDecimal toBePaid() {
            return refunds.stream().filter(r -> r.status() == RefundStatus.PAYABLE).map(RefundRecord::refundAmount)
                    .reduce(Money.ZERO, BigDecimal::add);
        }
    }

    private final WithdrawalAssessor assessor;
    private final LocalDate runDate;
    private final Optional<LedgerRepository> ledger;
    private final Optional<StagedFileRepository> stagedFiles;
    private final SheetFeedback feedback;
    private final Map<String, EarlierRefund> refundedInThisCheck = new HashMap<>();
    private final Set<String> shasInThisCheck = new LinkedHashSet<>();
    private int fileSeq;

    SheetCheck(WithdrawalAssessor assessor, LocalDate runDate, Optional<LedgerRepository> ledger,
               Optional<StagedFileRepository> stagedFiles, FeedbackWorkbook workbook) {
        this.assessor = assessor;
        this.runDate = runDate;
        this.ledger = ledger;
        this.stagedFiles = stagedFiles;
        this.feedback = new SheetFeedback(workbook);
    }

    /** Checks one sheet, after the ones checked before it, and writes its feedback into {@code out}. */
    Result check(Path file, Path out) throws IOException {
        fileSeq++;
        String name = file.getFileName().toString();
        String sha = InboxStager.sha256(file);
        String reason = null;
        Optional<StagedFile> earlier = stagedFiles.flatMap(s -> s.findAccepted(sha));
        if (shasInThisCheck.contains(sha)) {
            reason = "the same file (identical bytes) is checked twice; the night reads it once";
        } else if (earlier.isPresent()) {
            reason = "already processed in the run of " + earlier.get().runDate() + " as " + earlier.get().fileName()
                    + " (identical bytes); not read again";
        } else {
            reason = InboxStager.unreadable(file, name);
        }
        StagedFile staged = new StagedFile(runDate, fileSeq, name, file, sha, Files.size(file),
                reason == null ? Status.ACCEPTED : Status.REJECTED, reason);
        List<RefundRecord> refunds = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        if (reason == null) {
            shasInThisCheck.add(sha);
            assess(new StagedSheet(fileSeq, name, file), refunds, rejects);
        } else {
            rejects.add(new RejectRecord(name, fileSeq, 0, null, null, reason, List.of()));
        }
        Path written = feedback.write(runDate, List.of(staged), refunds.iterator(), rejects.iterator(), out).get(0);
        return new Result(name, written, reason, refunds, rejects);
    }

    private void assess(StagedSheet sheet, List<RefundRecord> refunds, List<RejectRecord> rejects) {
        WithdrawalSheetReader reader = new WithdrawalSheetReader(List.of(sheet));
        reader.open(new ExecutionContext());
        try {
            List<IntakeOutcome> batch = new ArrayList<>(BATCH);
            for (WithdrawalRow row = reader.read(); row != null; row = reader.read()) {
                batch.add(assessor.assess(row));
                if (batch.size() == BATCH) {
                    sort(batch, refunds, rejects);
                    batch.clear();
                }
            }
            sort(batch, refunds, rejects);
        } finally {
            reader.close();
        }
    }

    /** The night's duplicate rule over a batch, against the ledger and the sheets checked so far. */
    private void sort(List<IntakeOutcome> batch, List<RefundRecord> refunds, List<RejectRecord> rejects) {
        Set<String> keys = new LinkedHashSet<>();
        for (IntakeOutcome outcome : batch) {
            if (outcome instanceof IntakeOutcome.Refunded refunded) {
                keys.add(refunded.refund().refundKey());
            }
        }
        Map<String, EarlierRefund> earlier = new HashMap<>(ledger.map(l -> l.findByKeys(keys)).orElse(Map.of()));
        keys.stream().filter(refundedInThisCheck::containsKey).forEach(k -> earlier.put(k, refundedInThisCheck.get(k)));
        OneRefundPerKey.Sorted sorted = OneRefundPerKey.sort(batch, earlier, runDate);
        for (RefundRecord refund : sorted.refunds()) {
            refundedInThisCheck.put(refund.refundKey(), earlier.get(refund.refundKey()));
        }
        // in row order, as the night's ledger gives them
        for (IntakeOutcome outcome : sorted.outcomes()) {
            if (outcome instanceof IntakeOutcome.Refunded refunded) {
                refunds.add(refunded.refund());
            } else if (outcome instanceof IntakeOutcome.Rejected rejected) {
                rejects.add(rejected.reject());
            }
        }
    }
}
