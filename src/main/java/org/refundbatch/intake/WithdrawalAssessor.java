package org.refundbatch.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.refundbatch.catalog.Catalog;
import org.refundbatch.ledger.Column;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.payout.SepaText;
import org.refundbatch.policy.AcademicYear;
import org.refundbatch.policy.Bic;
import org.refundbatch.policy.CreditLine;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.Iban;
import org.refundbatch.policy.MicroCredential;
import org.refundbatch.policy.RefundDecision;
import org.refundbatch.policy.RefundPolicy;
import org.refundbatch.policy.RefundStatus;
import org.refundbatch.policy.StudentId;
import org.refundbatch.sheet.CellParser;
import org.refundbatch.sheet.SheetCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a withdrawal row into a refund, or into a reject that names the column, the value and the reason
 * (DESIGN §3). Checks that need the ledger (a key refunded before) are the writer's.
 */
public final class WithdrawalAssessor {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalAssessor.class);

    private static final DateTimeFormatter RUN_ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int MAX_TEXT = 200;
    private static final int MAX_ID = 64;
    private static final int KNOWN_CODES_LISTED = 12;
    private static final Pattern TOTALS = Pattern.compile("(?iu)(sub)?(totaal|totalen|total|totals|som|sum)\\s*:?");

    private final Catalog catalog;
    private final RefundPolicy policy;
    private final LocalDate runDate;
    private final Pain001Version painVersion;

    /** An assessor for a bank file in {@code pain.001.001.09}. */
    public WithdrawalAssessor(Catalog catalog, RefundPolicy policy, LocalDate runDate) {
        this(catalog, policy, runDate, Pain001Version.PAIN_001_001_09);
    }

    /** @param painVersion the bank file's format, whose BIC pattern a refund's BIC must match */
    public WithdrawalAssessor(Catalog catalog, RefundPolicy policy, LocalDate runDate, Pain001Version painVersion) {
        this.catalog = catalog;
        this.policy = policy;
        this.runDate = runDate;
        this.painVersion = painVersion;
    }

    /** A row's fault: the column and what is wrong in plain words. */
    private static final class Fault extends Exception {
        final Column column;

        Fault(Column column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }

    /**
     * The row's refund, or its reject. A reject's value is the cell as the program read it
     * ({@link WithdrawalRow#valueAsRead}), so that the same sheet gives the same rejects whether it was saved as
     * CSV or as a workbook.
     */
    public IntakeOutcome assess(WithdrawalRow row) {
        try {
            return refund(row);
        } catch (Fault fault) {
            return reject(row, fault.column.header(), row.valueAsRead(fault.column), fault.getMessage());
        } catch (RuntimeException unforeseen) {
            // a value no check foresaw must not fail the night (DESIGN §7): the row is rejected, the cause logged
            log.warn("{} row {}: could not be assessed ({})", row.sourceFile(), row.rowNumber(),
                    unforeseen.getClass().getSimpleName());
            log.debug("assessing {} row {}", row.sourceFile(), row.rowNumber(), unforeseen);
            return reject(row, null, null, "this row could not be assessed (" + unforeseen.getClass().getSimpleName()
                    + "); check its values, correct them and drop the row again, or ask finance");
        }
    }

    /** A reject of this row, for a reason found outside the assessor (a key refunded before). */
    public static IntakeOutcome.Rejected reject(WithdrawalRow row, String column, String value, String reason) {
        return new IntakeOutcome.Rejected(new RejectRecord(row.sourceFile(), row.fileSeq(), row.rowNumber(), column,
                value, reason, row.originalValues()));
    }

    private IntakeOutcome refund(WithdrawalRow row) throws Fault {
        refuseTotals(row);
        String studentId = studentId(row);
        String lastName = name(row, Column.LAST_NAME);
        String firstName = name(row, Column.FIRST_NAME);
        String code = required(row, Column.MICRO_CREDENTIAL, MAX_ID);
        LocalDate withdrawalDate = withdrawalDate(row);
        AcademicYear year = academicYear(row, withdrawalDate);
        MicroCredential mc = catalog.find(code, year).orElseThrow(() -> unknown(code, year));
        BigDecimal amountPaid = amountPaid(row, mc);
        String reference = optional(row, Column.REFERENCE, MAX_TEXT);
        RefundDecision decision = policy.decide(mc, withdrawalDate, amountPaid);
        boolean payout = decision.refundAmount().signum() > 0;
        Iban iban = iban(row, payout);
        Bic bic = bic(row, payout);
        String refundId = refundId(row);
        HoldReason hold = !payout ? null : iban == null ? HoldReason.NO_IBAN
                : iban.isSepa() ? null : HoldReason.OUTSIDE_SEPA;
        RefundStatus status = !payout ? RefundStatus.NOTHING_DUE
                : hold == null ? RefundStatus.PAYABLE : RefundStatus.ON_HOLD;
        RefundRecord refund = RefundRecord.builder().refundId(refundId).runDate(runDate)
                .studentId(studentId).lastName(lastName).firstName(firstName)
                .microCredential(mc.code()).academicYear(year.toString()).withdrawalDate(withdrawalDate)
                .rule(decision.rule()).fullRefundBefore(decision.cutOffs().fullRefundBefore())
                .noRefundFrom(decision.cutOffs().noRefundFrom())
                .registrationFee(decision.registrationFee()).entitlement(decision.entitlement())
                .amountPaid(decision.amountPaid()).refundAmount(decision.refundAmount())
                .status(status).holdReason(hold == null ? null : hold.text())
                .iban(iban == null ? null : iban.electronic()).bic(bic == null ? null : bic.electronic())
                .reference(reference).sourceFile(row.sourceFile()).fileSeq(row.fileSeq()).sourceRow(row.rowNumber())
                .build();
        List<CreditRecord> credits = new ArrayList<>(decision.creditLines().size());
        int lineNo = 1;
        for (CreditLine line : decision.creditLines()) {
            credits.add(new CreditRecord(refundId, lineNo++, studentId, mc.code(), year.toString(), line.courseUnit(),
                    line.courseUnitName(), line.semester() == null ? null : line.semester().code(), line.credits(),
                    line.tuitionPerCredit(), line.amount(), line.status()));
        }
        return new IntakeOutcome.Refunded(refund, credits, row.originalValues());
    }

    /** Stable per row of a run, at most 35 characters (a SEPA EndToEndId): {@code R20261130-001-0000014}. */
    private String refundId(WithdrawalRow row) {
        return String.format(Locale.ROOT, "R%s-%03d-%07d", RUN_ID_DATE.format(runDate), row.fileSeq(), row.rowNumber());
    }

    /** A row without a student number that says {@code Totaal} somewhere is the sheet's totals, not a withdrawal. */
    private static void refuseTotals(WithdrawalRow row) throws Fault {
        if (!row.cell(Column.STUDENT_ID).isBlank()) {
            return;
        }
        for (Column column : Column.values()) {
            String text = CellParser.text(row.cell(column));
            if (TOTALS.matcher(text).matches()) {
                throw new Fault(column, "this row looks like a totals row ('" + text + "'), not a withdrawal: leave"
                        + " totals out of the withdrawal sheet");
            }
        }
    }

    /** Why a code is not in the catalogue for that year: a mistyped code, or a year it is not offered in. */
    private Fault unknown(String code, AcademicYear year) {
        String otherYears = catalog.microCredentials().stream().filter(m -> m.code().equalsIgnoreCase(code))
                .map(m -> m.year().toString()).sorted().collect(Collectors.joining(", "));
        if (!otherYears.isEmpty()) {
            return new Fault(Column.MICRO_CREDENTIAL, code + " is not in the catalogue for " + year + ", only for "
                    + otherYears + ": check the academic year and the code");
        }
        List<String> codes = catalog.microCredentials().stream().filter(m -> m.year().equals(year))
                .map(MicroCredential::code).sorted().toList();
        String known = codes.isEmpty() ? "the catalogue has no micro-credentials for " + year
                : codes.size() <= KNOWN_CODES_LISTED ? "the codes for " + year + " are " + String.join(", ", codes)
                : "see the catalogue for the codes of " + year;
        return new Fault(Column.MICRO_CREDENTIAL, "unknown micro-credential " + code + ": " + known);
    }

    private static String required(WithdrawalRow row, Column column, int maxLength) throws Fault {
        String text = optional(row, column, maxLength);
        if (text == null) {
            throw new Fault(column, "the " + column.label() + " is missing: fill it in");
        }
        return text;
    }

    /**
     * A required name that the bank file can carry: once transliterated to the SEPA character set
     * ({@link SepaText#transliterate}) it must keep a letter, or the transfer would have no creditor name.
     */
    private static String name(WithdrawalRow row, Column column) throws Fault {
        String name = required(row, column, MAX_TEXT);
        if (!SepaText.hasSepaLetter(name)) {
            throw new Fault(column, "'" + name + "' has no letter that a bank transfer can carry: write the "
                    + column.label() + " in Latin letters");
        }
        return name;
    }

    private static String optional(WithdrawalRow row, Column column, int maxLength) throws Fault {
        SheetCell cell = row.cell(column);
        String text = CellParser.text(cell);
        if (CellParser.isError(cell)) {
            throw new Fault(column, "the cell shows the error " + text + ", not a value: type the " + column.label()
                    + " itself, or correct the formula");
        }
        if (text.length() > maxLength) {
            throw new Fault(column, "the " + column.label() + " is longer than " + maxLength
                    + " characters: is it in the right column?");
        }
        return text.isEmpty() ? null : text;
    }

    private LocalDate withdrawalDate(WithdrawalRow row) throws Fault {
        required(row, Column.WITHDRAWAL_DATE, MAX_TEXT);
        LocalDate date;
        try {
            date = CellParser.date(row.cell(Column.WITHDRAWAL_DATE));
        } catch (IllegalArgumentException e) {
            throw new Fault(Column.WITHDRAWAL_DATE, e.getMessage());
        }
        if (date.isAfter(runDate)) {
            throw new Fault(Column.WITHDRAWAL_DATE, "withdrawal date " + date + " is after the run date " + runDate
                    + ": correct the date, or drop the row again once that day has passed");
        }
        return date;
    }

    /** The student id in its canonical form ({@link StudentId}), the form the refund and its key carry. */
    private static String studentId(WithdrawalRow row) throws Fault {
        String canonical = StudentId.canonical(required(row, Column.STUDENT_ID, MAX_ID));
        if (canonical.isEmpty()) {
            throw new Fault(Column.STUDENT_ID, "the " + Column.STUDENT_ID.label() + " is missing: fill it in");
        }
        return canonical;
    }

    /**
     * The year the sheet names, or the one the date falls in. A date after the named year's last day (31 August)
     * is not in that year (DESIGN §8); a date before its first day is accepted: a student who stops before the
     * year starts is refunded in full.
     */
    private static AcademicYear academicYear(WithdrawalRow row, LocalDate withdrawalDate) throws Fault {
        String text = optional(row, Column.ACADEMIC_YEAR, MAX_TEXT);
        if (text == null) {
            return AcademicYear.containing(withdrawalDate);
        }
        AcademicYear year;
        try {
            year = AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Fault(Column.ACADEMIC_YEAR, e.getMessage());
        }
        if (withdrawalDate.isAfter(year.lastDay())) {
            throw new Fault(Column.WITHDRAWAL_DATE, Column.WITHDRAWAL_DATE.header() + " " + withdrawalDate
                    + " is after the academic year " + year + " (ends " + LAST_DAY.format(year.lastDay())
                    + "): check the year or the date");
        }
        return year;
    }

    private static BigDecimal amountPaid(WithdrawalRow row, MicroCredential mc) throws Fault {
        String text = optional(row, Column.AMOUNT_PAID, MAX_TEXT);
        if (text == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = CellParser.amount(row.cell(Column.AMOUNT_PAID));
        } catch (IllegalArgumentException e) {
            throw new Fault(Column.AMOUNT_PAID, e.getMessage());
        }
        if (amount.signum() < 0) {
            throw new Fault(Column.AMOUNT_PAID, "amount paid " + amount + " is negative: write what the student"
                    + " paid, 0 or more");
        }
        BigDecimal fee = mc.registrationFee();
        if (amount.compareTo(fee) > 0) {
            throw new Fault(Column.AMOUNT_PAID, "amount paid " + amount + " is more than the registration fee "
                    + fee + " of " + mc.code() + " " + mc.year() + ": check the amount and the micro-credential");
        }
        return amount;
    }

    /** The IBAN, or null when none was given; an invalid one is a fault only when there is money to pay. */
    private static Iban iban(WithdrawalRow row, boolean payout) throws Fault {
        String text = optional(row, Column.IBAN, MAX_TEXT);
        if (text == null) {
            return null;
        }
        try {
            return BankDetails.iban(text);
        } catch (BankDetails.Problem problem) {
            if (payout) {
                throw new Fault(Column.IBAN, problem.getMessage());
            }
            return null;
        }
    }

    private Bic bic(WithdrawalRow row, boolean payout) throws Fault {
        String text = optional(row, Column.BIC, MAX_TEXT);
        if (text == null) {
            return null;
        }
        try {
            return BankDetails.bic(text, painVersion);
        } catch (BankDetails.Problem problem) {
            if (payout) {
                throw new Fault(Column.BIC, problem.getMessage());
            }
            return null;
        }
    }
}
