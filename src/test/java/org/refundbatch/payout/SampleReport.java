package org.refundbatch.payout;

import static org.refundbatch.payout.RefundFixtures.RUN_DATE;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.refundbatch.ledger.AfterTheNight;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.RunSummary;
import org.refundbatch.ledger.RunSummary.Totals;
import org.refundbatch.policy.CreditStatus;
import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

/**
 * A finance workbook of a plausible night, for the tests and for the picture in the README. To redraw
 * {@code docs/images/refund-report-summary.png}:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.refundbatch.payout.SampleReport target/sample
 * soffice --headless --convert-to pdf --outdir target/sample target/sample/refund-report-2026-11-30.xlsx
 * pdftoppm -png -r 110 -f 1 -l 1 -x 55 -y 60 -W 1040 -H 510 -singlefile \
 *     target/sample/refund-report-2026-11-30.pdf docs/images/refund-report-summary
 * </pre>
 */
final class SampleReport {

    static final RunSummary SUMMARY = summary(4, 1, 412, 9,
            Map.of(RefundRule.FULL.name(), totals(214, "238824.00", "231612.00"),
                    RefundRule.FULL_SECOND_SEMESTER_ONLY.name(), totals(31, "29604.60", "29604.60"),
                    RefundRule.SECOND_SEMESTER_TUITION.name(), totals(97, "26098.80", "24112.20"),
                    RefundRule.NO_REFUND.name(), totals(61, "0", "0")),
            Map.of(RefundStatus.PAYABLE.name(), totals(318, "282727.40", "277608.60"),
                    RefundStatus.ON_HOLD.name(), totals(12, "7720.20", "7720.20"),
                    RefundStatus.NOTHING_DUE.name(), totals(73, "4079.80", "0")),
            Map.of("MC-DATA", totals(163, "118166.40", "115412.40"),
                    "MC-AI-ETHICS", totals(88, "61226.40", "59870.40"),
                    "MC-SUSTFIN", totals(102, "83512.80", "80425.20"),
                    "MC-HEALTHLAW", totals(50, "31621.80", "29620.80")));

    private SampleReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample");
        Path file = write(new RefundReportWriter(), dir.resolve(RefundReportWriter.fileName(RUN_DATE)));
        System.out.println("written " + file);
    }

    static Path write(RefundReportWriter writer, Path target) throws Exception {
        return writer.write(target, SUMMARY, refunds().iterator(), credits().iterator(), rejects().iterator());
    }

    static List<RefundRecord> refunds() {
        return List.of(
                RefundFixtures.payable("R2026113000001", "Müller-Lüdenscheidt", "Jörg", "1116.00",
                        "BE71096123456769", "GKCCBEBB"),
                RefundFixtures.payable("R2026113000002", "=HYPERLINK(\"http://x.example\",\"click\")", "Zoë",
                        "193.20", "NL91ABNA0417164300", null),
                RefundFixtures.refund("R2026113000003", "Peeters", "+32 3 265 41 11", RefundRule.NO_REFUND,
                        new BigDecimal("0.00"), RefundStatus.NOTHING_DUE, null, null),
                RefundFixtures.refund("R2026113000004", "-1", "@SUM(A1)", RefundRule.SECOND_SEMESTER_TUITION,
                        new BigDecimal("82.80"), RefundStatus.ON_HOLD, null, null));
    }

    static List<CreditRecord> credits() {
        List<CreditRecord> credits = new ArrayList<>();
        credits.add(RefundFixtures.credit("R2026113000001", 1, "FIXED_FEE", "0", "288.00", CreditStatus.REFUNDED));
        credits.add(RefundFixtures.credit("R2026113000001", 2, "2001WETDAT", "6", "82.80", CreditStatus.REFUNDED));
        credits.add(RefundFixtures.credit("R2026113000001", 3, "2001WETSTA", "4.5", "62.10", CreditStatus.RETAINED));
        return credits;
    }

    static List<RejectRecord> rejects() {
        return List.of(
                RefundFixtures.reject("withdrawals-nov.xlsx", 14, "withdrawal_date", "31/02/2026",
                        "'31/02/2026' is not a date (use dd/mm/yyyy)"),
                RefundFixtures.reject("=cmd|' /C calc'!A0.csv", 0, null, null, "not a spreadsheet"));
    }

    /** A summary of a night with these counts and totals, and nothing done to earlier nights' refunds. */
    static RunSummary summary(int filesRead, int filesRejected, long rowsRead, long rowsRejected,
                              Map<String, Totals> byRule, Map<String, Totals> byStatus,
                              Map<String, Totals> byMicroCredential) {
        Totals all = byRule.values().stream().reduce(Totals.NONE, Totals::plus);
        Totals none = Totals.NONE;
        return new RunSummary(RUN_DATE.toString(), filesRead, filesRejected, 0, rowsRead, all.count(), rowsRejected,
                byRule, byStatus, byMicroCredential, all.entitlement(),
                byStatus.getOrDefault(RefundStatus.PAYABLE.name(), none).refundAmount(),
                byStatus.getOrDefault(RefundStatus.ON_HOLD.name(), none).refundAmount(), List.of(),
                new AfterTheNight(0, Money.ZERO, 0, 0, 0, 0, 0, 0, Money.ZERO, 0, Money.ZERO));
    }

    private static Totals totals(long refunds, String entitlement, String refundAmount) {
        return new Totals(refunds, new BigDecimal(entitlement), new BigDecimal(refundAmount));
    }
}
