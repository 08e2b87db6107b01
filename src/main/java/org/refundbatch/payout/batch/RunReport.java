package org.refundbatch.payout.batch;

import java.nio.file.Path;

import org.refundbatch.ledger.AfterTheNight;
import org.refundbatch.ledger.RunSummary;
import org.slf4j.Logger;

/** The short summary printed at the end of a run. */
final class RunReport {

    private RunReport() {
    }

    static void log(Logger log, RunSummary s, Path outbox) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%nRun %s: %d file(s) read, %d rejected whole, %d already processed%n", s.runDate(),
                s.filesRead(), s.filesRejected(), s.filesDuplicate()));
        AfterTheNight after = s.afterTheNight();
        text.append(String.format("  rows read %d = refunds %d + rejects %d%s%n", s.rowsRead(), s.refunds(),
                s.rowsRejected(), after.releases() == 0 ? "" : " + releases " + after.releases()));
        s.byRule().forEach((rule, t) -> text.append(String.format("  %-26s %6d  entitlement %12s  refund %12s%n", rule,
                t.count(), t.entitlement(), t.refundAmount())));
        s.byStatus().forEach((status, t) -> text.append(String.format("  %-26s %6d  refund %12s%n", status, t.count(),
                t.refundAmount())));
        text.append(String.format("  total entitlement %s, payable %s, on hold %s%n", s.totalEntitlement(),
                s.totalPayable(), s.totalOnHold()));
        if (!s.filesWaiting().isEmpty()) {
            text.append(String.format("  waiting for the next night (modified less than refund.settle-time ago): %s%n",
                    String.join(", ", s.filesWaiting())));
        }
        if (after.releases() > 0) {
            text.append(String.format("  released %d refund(s) on hold or returned, paying %s%n", after.releases(),
                    after.totalReleased()));
        }
        if (after.bankFilesApplied() + after.bankFilesRefused() > 0 || after.settledByAge() > 0) {
            text.append(String.format("  bank feedback: %d file(s) applied, %d refused, %d answer(s) applied,"
                    + " %d reported; %d settled for want of an answer%n", after.bankFilesApplied(),
                    after.bankFilesRefused(), after.bankAnswersApplied(), after.bankFeedbackRejects(),
                    after.settledByAge()));
        }
        text.append(String.format("  open items: %d on hold %s, %d returned %s, total %s%n", after.openOnHold(),
                after.totalOpenOnHold(), after.openReturned(), after.totalOpenReturned(), after.totalOpen()));
        text.append("  files in ").append(outbox.toAbsolutePath().normalize());
        log.info(text.toString());
    }
}
