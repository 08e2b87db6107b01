package org.refundbatch.job;

import java.nio.file.Path;

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
        text.append(String.format("  rows read %d = refunds %d + rejects %d%n", s.rowsRead(), s.refunds(),
                s.rowsRejected()));
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
        text.append("  files in ").append(outbox.toAbsolutePath().normalize());
        log.info(text.toString());
    }
}
