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
import org.refundbatch.feedback.ReleasedRow;
import org.refundbatch.feedback.SheetFeedback;
import org.refundbatch.intake.InboxStager;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.OneRefundPerKey;
import org.refundbatch.intake.StagedSheet;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.Release;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundStatus;
import org.refundbatch.sheet.SheetLimits;
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
                  List<RejectRecord> rejects, List<Release> releases) {

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
    private final Optional<RefundEventRepository> ledger;
    private final Optional<StagedFileRepository> stagedFiles;
    private final SheetFeedback feedback;
    private final SheetLimits limits;
    private final Map<String, KnownRefund> refundedInThisCheck = new HashMap<>();
    private final Set<String> shasInThisCheck = new LinkedHashSet<>();
    private int fileSeq;

    SheetCheck(WithdrawalAssessor assessor, LocalDate runDate, Optional<RefundEventRepository> ledger,
               Optional<StagedFileRepository> stagedFiles, FeedbackWorkbook workbook, SheetLimits limits) {
        this.assessor = assessor;
        this.limits = limits;
        this.runDate = runDate;
        this.ledger = ledger;
        this.stagedFiles = stagedFiles;
        this.feedback = new SheetFeedback(workbook, limits);
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
            reason = InboxStager.unreadable(file, name, limits);
        }
        StagedFile staged = new StagedFile(runDate, fileSeq, name, file, sha, Files.size(file),
                reason == null ? Status.ACCEPTED : Status.REJECTED, reason);
        List<RefundRecord> refunds = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        if (reason == null) {
            shasInThisCheck.add(sha);
            Map<String, KnownRefund> before = new HashMap<>(refundedInThisCheck);
            reason = assess(new StagedSheet(fileSeq, name, file), refunds, rejects, releases);
            if (reason != null) {
                // the night rejects a sheet that breaks off whole, and takes its rows back
                refunds.clear();
                rejects.clear();
                releases.clear();
                refundedInThisCheck.clear();
                refundedInThisCheck.putAll(before);
                shasInThisCheck.remove(sha);
                staged = new StagedFile(runDate, fileSeq, name, file, sha, Files.size(file), Status.REJECTED, reason);
            }
        }
        if (reason != null) {
            rejects.add(new RejectRecord(name, fileSeq, 0, null, null, reason, List.of()));
        }
        List<ReleasedRow> released = releases.stream().map(r -> new ReleasedRow(r.fileSeq(), r.sourceRow(),
                r.refund().refundId(), null, r.refund().refundAmount())).toList();
        Path written = feedback.write(runDate, List.of(staged), refunds.iterator(), rejects.iterator(), released,
                out).get(0);
        return new Result(name, written, reason, refunds, rejects, releases);
    }

    /** Assesses the sheet's rows; the reason the sheet broke off part-way, or null when it was read to its end. */
    private String assess(StagedSheet sheet, List<RefundRecord> refunds, List<RejectRecord> rejects,
                          List<Release> releases) {
        WithdrawalSheetReader reader = new WithdrawalSheetReader(List.of(sheet), limits);
        reader.open(new ExecutionContext());
        try {
            List<IntakeOutcome> batch = new ArrayList<>(BATCH);
            for (WithdrawalRow row = reader.read(); row != null; row = reader.read()) {
                if (row.isBrokenOff()) {
                    return row.damage();
                }
                batch.add(assessor.assess(row));
                if (batch.size() == BATCH) {
                    sort(batch, refunds, rejects, releases);
                    batch.clear();
                }
            }
            sort(batch, refunds, rejects, releases);
            return null;
        } finally {
            reader.close();
        }
    }

    /** The night's duplicate rule over a batch, against the ledger and the sheets checked so far. */
    private void sort(List<IntakeOutcome> batch, List<RefundRecord> refunds, List<RejectRecord> rejects,
                      List<Release> releases) {
        Set<String> keys = new LinkedHashSet<>();
        for (IntakeOutcome outcome : batch) {
            if (outcome instanceof IntakeOutcome.Refunded refunded) {
                keys.add(refunded.refund().refundKey());
            }
        }
        Map<String, KnownRefund> known = new HashMap<>(ledger.map(l -> l.findByKeys(keys)).orElse(Map.of()));
        keys.stream().filter(refundedInThisCheck::containsKey).forEach(k -> known.put(k, refundedInThisCheck.get(k)));
        OneRefundPerKey.Sorted sorted = OneRefundPerKey.sort(batch, known, runDate);
        for (String key : keys) {
            refundedInThisCheck.put(key, known.get(key));
        }
        releases.addAll(sorted.releases());
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
