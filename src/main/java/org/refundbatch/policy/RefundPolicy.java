package org.refundbatch.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The university's cancellation rules ("Annulatievoorwaarden"):
 * <blockquote>
 * Wanneer je de opleiding stopzet voor 1 november wordt het gehele inschrijvingsgeld teruggestort.
 * Wanneer je de opleiding stopzet vanaf 1 november en voor 15 maart wordt enkel het studiegeld per
 * studiepunt van de opleidingsonderdelen in het tweede semester terugbetaald. Als de micro-credential
 * enkel uit opleidingsonderdelen in het tweede semester bestaat, wordt in dit geval het gehele
 * inschrijvingsgeld teruggestort. Wanneer je de opleiding stopzet vanaf 15 maart is er geen
 * terugbetaling meer mogelijk.
 * </blockquote>
 * The two dates come from a {@link CutOffCalendar}, per academic year.
 */
public final class RefundPolicy {

    private final CutOffCalendar calendar;

    public RefundPolicy(CutOffCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The rule that applies to a withdrawal on {@code date} from {@code mc}. */
    public RefundRule ruleFor(MicroCredential mc, LocalDate date) {
        CutOffDates cutOffs = calendar.forYear(mc.year());
        if (date.isBefore(cutOffs.fullRefundBefore())) {
            return RefundRule.FULL;
        }
        if (!date.isBefore(cutOffs.noRefundFrom())) {
            return RefundRule.NO_REFUND;
        }
        return mc.onlySecondSemester() ? RefundRule.FULL_SECOND_SEMESTER_ONLY : RefundRule.SECOND_SEMESTER_TUITION;
    }

    /**
     * Decides the refund of a withdrawal.
     *
     * @param amountPaid what the student paid, or null when unknown (then the fee counts as fully paid)
     * @throws IllegalArgumentException when {@code amountPaid} is negative or above the registration fee
     */
    public RefundDecision decide(MicroCredential mc, LocalDate withdrawalDate, BigDecimal amountPaid) {
        Objects.requireNonNull(withdrawalDate, "withdrawalDate");
        BigDecimal fee = mc.registrationFee();
        if (amountPaid != null && (amountPaid.signum() < 0 || amountPaid.compareTo(fee) > 0)) {
            throw new IllegalArgumentException("amount paid " + amountPaid + " must be between 0.00 and the registration fee "
                    + fee);
        }
        RefundRule rule = ruleFor(mc, withdrawalDate);
        List<CreditLine> lines = creditLines(mc, rule);
        BigDecimal entitlement = lines.stream().filter(CreditLine::refunded)
                .map(CreditLine::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal paid = amountPaid == null ? fee : Money.of(amountPaid);
        BigDecimal refund = paid.subtract(fee.subtract(entitlement)).max(Money.ZERO);
        return new RefundDecision(rule, calendar.forYear(mc.year()), fee, entitlement,
                amountPaid == null ? null : Money.of(amountPaid), refund, lines);
    }

    private static List<CreditLine> creditLines(MicroCredential mc, RefundRule rule) {
        boolean wholeFee = rule == RefundRule.FULL || rule == RefundRule.FULL_SECOND_SEMESTER_ONLY;
        List<CreditLine> lines = new ArrayList<>(mc.courseUnits().size() + 1);
        for (CourseUnit unit : mc.courseUnits()) {
            boolean credited = wholeFee
                    || (rule == RefundRule.SECOND_SEMESTER_TUITION && unit.semester() == Semester.SECOND);
            lines.add(CreditLine.of(mc, unit, credited ? CreditStatus.REFUNDED : CreditStatus.RETAINED));
        }
        if (wholeFee && mc.fixedFee().signum() > 0) {
            lines.add(CreditLine.fixedFee(mc.fixedFee()));
        }
        return lines;
    }
}
