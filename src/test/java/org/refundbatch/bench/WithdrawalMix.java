package org.refundbatch.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.refundbatch.bench.BenchCatalogue.Programme;

/**
 * Draws withdrawal rows from a seed: every rule (boundary dates included), a share of rejects of every kind
 * (2% by default), a share of keys refunded earlier in the night (1%), some blank amounts paid and missing
 * IBANs; unique keys otherwise. Tallies what the job must make of each row in {@link ExpectedFigures}.
 *
 * <p>A next night goes on drawing after the first: besides its own mix, 2% of its rows repeat the key of a
 * refund of the first night that is not on hold (a duplicate the job rejects) and 3% are a student of the first
 * night withdrawing from another micro-credential (a new key, refunded).
 */
final class WithdrawalMix {

    /** The run date the figures hold for: after every generated withdrawal but the ones meant to be late. */
    static final LocalDate RUN_DATE = LocalDate.of(2027, 8, 31);
    /** The run date of the night after: the job runs one night a day. */
    static final LocalDate NEXT_RUN_DATE = RUN_DATE.plusDays(1);
    /** The share of the rows of a later sheet that repeat a key of the night's earlier rows. */
    static final double LATER_REPEAT_SHARE = 0.5;
    /** The share of a next night's rows that repeat the key of a refund of the earlier night. */
    static final double SAME_KEY_SHARE = 0.02;
    /** The share of a next night's rows that are a student of the earlier night on another micro-credential. */
    static final double OTHER_CREDENTIAL_SHARE = 0.03;

    private static final String[] REJECT_KINDS = {"unknown_micro_credential", "missing_value", "bad_date",
            "bad_amount", "date_after_run", "amount_above_fee", "negative_amount", "invalid_iban"};
    private static final String[] LAST_NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Van den Broeck", "Vermeulen", "Dupont",
            "Çelik", "El Amrani", "Nguyễn", "Van Damme", "D'Hondt"};
    private static final String[] FIRST_NAMES = {"Anna", "Lucas", "Elise", "Noah", "Zoë", "Émile", "Louise",
            "Arthur", "Mila", "Jules", "Olivia", "Adam", "Sofía", "Mohamed", "Noor", "Liam", "Ines", "Björn"};
    private static final String[] BICS = {"GKCCBEBB", "KREDBEBB", "BBRUBEBB", "GEBABEBB", "ABNANL2A", "RABONL2U"};
    private static final String[] BAD_DATES = {"31/02/2026", "2026-13-01", "30.02.2027", "next monday", "45000"};
    private static final String[] BAD_AMOUNTS = {"twelve", "1.116", "12,345", "€ abc", "100 EUR 50"};

    private final Random random;
    private final StudentIds ids;
    private final List<Programme> all = new ArrayList<>();
    private final List<Programme> onlySecond = new ArrayList<>();
    private final List<Programme> mixed = new ArrayList<>();
    /** Refunds of this night that a repeated row may name: at most 4,096, a random one replaced when full. */
    private final List<Enrolment> earlier = new ArrayList<>();
    /** Every refund of the night, when a next night is to follow it. */
    private List<Enrolment> night;
    private EarlierNight earlierNight = EarlierNight.none();
    private ExpectedFigures expected;
    private LocalDate runDate = RUN_DATE;
    private double badShare;
    private double repeatShare;
    private long index;
    /** What the job writes for the row drawn last, as {@link #ledgerLine()} says it. */
    private String ledgerLine;

    WithdrawalMix(BenchCatalogue catalogue, Random random, StudentIds ids, double badShare, double repeatShare,
                  ExpectedFigures expected) {
        this.random = random;
        this.ids = ids;
        this.badShare = badShare;
        this.repeatShare = repeatShare;
        this.expected = expected;
        for (Programme p : catalogue.programmes()) {
            all.add(p);
            (p.onlySecondSemester() ? onlySecond : mixed).add(p);
        }
    }

    /** The fields of a row being drawn. */
    private static final class Draft {
        String studentId;
        String lastName;
        String firstName;
        String code;
        String year;
        LocalDate date;
        String dateText;
        BigDecimal amount;
        String amountText;
        String iban;
        String bic;
        String reference;
        Programme programme;
    }

    /** Keeps every refund of the night from now on, for {@link #nextNight}. */
    void keepTheNight() {
        night = new ArrayList<>();
    }

    /** The rows drawn from now on are a later sheet: about half of them repeat a key of the night's earlier rows. */
    void laterSheet() {
        repeatShare = LATER_REPEAT_SHARE;
    }

    /**
     * The rows drawn from now on are the next night's, with figures of their own: its own shares of bad and
     * repeated rows, and some of the kept night's students and keys again.
     */
    void nextNight(double badShare, double repeatShare, ExpectedFigures expected) {
        if (night == null) {
            throw new IllegalStateException("the night was not kept: call keepTheNight() before drawing it");
        }
        this.badShare = badShare;
        this.repeatShare = repeatShare;
        this.expected = expected;
        runDate = NEXT_RUN_DATE;
        earlier.clear();
        earlierNight = new EarlierNight(night);
        night = null;
    }

    /**
     * What the job writes to its ledger for the row drawn last, for the floor to write the same rows with the same
     * keys in the same order: {@code R<tab>key<tab>status<tab>credit records} for a refund, {@code J} for a reject,
     * {@code L} for a release.
     */
    String ledgerLine() {
        return ledgerLine;
    }

    SheetLine next() {
        index++;
        ledgerLine = "J";
        double draw = random.nextDouble();
        if (draw < badShare) {
            String kind = REJECT_KINDS[random.nextInt(REJECT_KINDS.length)];
            expected.reject(kind);
            return line(spoil(kind));
        }
        if (draw < badShare + repeatShare && !earlier.isEmpty()) {
            Enrolment first = earlier.get(random.nextInt(earlier.size()));
            Draft again = again(first);
            if (first.onHold && again.iban != null) {
                first.onHold = false; // the row with an IBAN releases the refund on hold (DESIGN §8)
                expected.release();
                ledgerLine = "L";
            } else {
                expected.reject("duplicate_key");
            }
            return line(again);
        }
        double ownRows = badShare + repeatShare;
        if (draw < ownRows + SAME_KEY_SHARE && earlierNight.hasSettled()) {
            Enrolment first = earlierNight.settled(random);
            expected.reject("duplicate_key");
            expected.earlierKeyRepeated();
            return line(again(first));
        }
        if (draw < ownRows + SAME_KEY_SHARE + OTHER_CREDENTIAL_SHARE && earlierNight.hasStudents()) {
            Enrolment student = earlierNight.student(random);
            expected.earlierStudentOnOtherCredential();
            return line(refund(student.studentId, student.programme.code()));
        }
        return line(refund(ids.next(index), null));
    }

    /** Another row of the enrolment's key: the same student, micro-credential and academic year. */
    private Draft again(Enrolment first) {
        Draft again = draft(first.programme, pickRule(first.programme), first.studentId);
        again.year = first.programme.year();
        return again;
    }

    /** A refund for that student, of another micro-credential than {@code otherThan} when it is given. */
    private Draft refund(String studentId, String otherThan) {
        String rule = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> "FULL";
            case 7, 8 -> "FULL_SECOND_SEMESTER_ONLY";
            case 9, 10, 11, 12, 13, 14, 15 -> "SECOND_SEMESTER_TUITION";
            default -> "NO_REFUND";
        };
        List<Programme> fit = switch (rule) {
            case "FULL_SECOND_SEMESTER_ONLY" -> onlySecond;
            case "SECOND_SEMESTER_TUITION" -> mixed;
            default -> all;
        };
        if (otherThan != null) {
            fit = fit.stream().filter(p -> !p.code().equals(otherThan)).toList();
        }
        Programme p = fit.get(random.nextInt(fit.size()));
        Draft d = draft(p, rule, studentId);
        BigDecimal fee = p.fee();
        BigDecimal entitlement = p.entitlement(rule);
        BigDecimal refund = d.amount == null ? entitlement
                : d.amount.subtract(fee.subtract(entitlement)).max(BigDecimal.ZERO).setScale(2);
        String status = refund.signum() == 0 ? "NOTHING_DUE" : d.iban == null ? "ON_HOLD" : "PAYABLE";
        expected.refund(rule, status, entitlement, refund, p.creditRecords(rule));
        ledgerLine = "R\t" + studentId + "|" + p.code() + "|" + p.year() + "\t" + status + "\t"
                + p.creditRecords(rule);
        Enrolment enrolment = new Enrolment(studentId, p, status.equals("ON_HOLD"));
        if (earlier.size() < 4096) {
            earlier.add(enrolment);
        } else {
            earlier.set(random.nextInt(earlier.size()), enrolment);
        }
        if (night != null) {
            night.add(enrolment);
        }
        return d;
    }

    private static String pickRule(Programme p) {
        return p.onlySecondSemester() ? "FULL_SECOND_SEMESTER_ONLY" : "SECOND_SEMESTER_TUITION";
    }

    /** A valid row of that programme whose withdrawal date falls under that rule. */
    private Draft draft(Programme p, String rule, String studentId) {
        Draft d = new Draft();
        d.programme = p;
        d.studentId = studentId;
        d.lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        d.firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        d.code = random.nextInt(50) == 0 ? p.code().toLowerCase(Locale.ROOT) : p.code();
        d.date = withdrawalDate(rule, p.startYear());
        d.year = switch (random.nextInt(20)) {
            case 0, 1, 2 -> p.startYear() + "-" + String.valueOf(p.startYear() + 1).substring(2);
            case 3, 4, 5 -> d.date.isBefore(LocalDate.of(p.startYear(), 9, 1)) ? p.year() : "";
            default -> p.year();
        };
        int paid = random.nextInt(20);
        BigDecimal fee = p.fee();
        d.amount = paid < 7 ? null : paid < 16 ? fee : BigDecimal.valueOf(random.nextLong(fee.movePointRight(2)
                .longValueExact() + 1), 2);
        d.iban = random.nextInt(100) < 3 ? null : BankAccounts.draw(random);
        d.bic = d.iban != null && random.nextInt(5) == 0 ? BICS[random.nextInt(BICS.length)] : null;
        d.reference = switch (random.nextInt(2000)) {
            case 0 -> "=HYPERLINK(\"http://example.com\")";
            case 1 -> "-urgent, call back";
            default -> String.format(Locale.ROOT, "WD-%d-%07d", p.startYear(), index);
        };
        return d;
    }

    private LocalDate withdrawalDate(String rule, int year) {
        LocalDate from;
        LocalDate to;
        switch (rule) {
            case "FULL" -> {
                from = LocalDate.of(year, random.nextInt(30) == 0 ? 8 : 9, 1);
                to = LocalDate.of(year, 10, 31);
            }
            case "NO_REFUND" -> {
                from = LocalDate.of(year + 1, 3, 15);
                to = LocalDate.of(year + 1, 8, 31);
            }
            default -> {
                from = LocalDate.of(year, 11, 1);
                to = LocalDate.of(year + 1, 3, 14);
            }
        }
        int edge = random.nextInt(20);
        if (edge == 0) {
            return from.getMonthValue() == 8 ? from.plusMonths(1) : from;
        }
        if (edge == 1) {
            return to;
        }
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    /** A row that the job must reject for that reason. */
    private Draft spoil(String kind) {
        List<Programme> paying = all;
        Programme p = paying.get(random.nextInt(paying.size()));
        Draft d = draft(p, "FULL", ids.next(index));
        switch (kind) {
            case "unknown_micro_credential" -> {
                if (random.nextBoolean()) {
                    d.code = "MC-ARCHIVED9";
                } else {
                    d.year = "2024-2025";
                    d.date = LocalDate.of(2024, 10, 1 + random.nextInt(30));
                }
            }
            case "missing_value" -> {
                switch (random.nextInt(5)) {
                    case 0 -> d.studentId = "";
                    case 1 -> d.lastName = "";
                    case 2 -> d.firstName = "";
                    case 3 -> d.code = "";
                    default -> d.date = null;
                }
            }
            case "bad_date" -> {
                d.date = null;
                d.dateText = BAD_DATES[random.nextInt(BAD_DATES.length)];
            }
            case "bad_amount" -> {
                d.amount = null;
                d.amountText = BAD_AMOUNTS[random.nextInt(BAD_AMOUNTS.length)];
            }
            case "date_after_run" -> {
                d.year = "2026-2027";
                d.date = runDate.plusDays(1 + random.nextInt(60));
            }
            case "amount_above_fee" -> d.amount = p.fee().add(BigDecimal.valueOf(1 + random.nextInt(5000), 2));
            case "negative_amount" -> d.amount = BigDecimal.valueOf(-(100 + random.nextInt(10000)), 2);
            default -> {
                d.amount = null;
                d.iban = BankAccounts.broken(BankAccounts.belgian(random));
            }
        }
        return d;
    }

    private SheetLine line(Draft d) {
        String dateText = d.date != null ? CsvText.date(d.date, random) : d.dateText == null ? "" : d.dateText;
        String amountText = d.amount != null ? CsvText.amount(d.amount, random)
                : d.amountText == null ? "" : d.amountText;
        return new SheetLine(d.studentId, d.lastName, d.firstName, d.code, d.year, d.date, dateText, d.amount,
                amountText, d.iban == null ? "" : d.iban, d.bic == null ? "" : d.bic, d.reference);
    }
}
