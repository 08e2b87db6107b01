package org.refundbatch.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A generated catalogue: a few dozen micro-credentials over two academic years, with mixed semesters,
 * year-long units and decimal credits, and the fee arithmetic of DESIGN §1.1 written out again, plainly,
 * so the benchmark checks the job against figures it did not compute itself.
 */
final class BenchCatalogue {

    static final int FIRST_YEAR = 2025;
    static final int SECOND_YEAR = 2026;

    private static final String[] TOPICS = {"Data Science", "AI and Ethics", "Privacy Law", "Sustainable Business",
            "Academic Dutch", "Digital Health", "Urban Mobility", "Financial Literacy", "Museum Studies",
            "Port Logistics", "Diamond Trade", "Cyber Security", "Teaching Skills", "Circular Design",
            "Public Speaking", "Clinical Trials", "Cultural Heritage", "Energy Transition", "Legal Tech",
            "Game Design"};
    private static final String[] CREDITS = {"2.5", "3", "3", "3.5", "4", "5", "6", "6", "7.5", "8"};
    private static final String[] FIXED_FEES = {"288.00", "288.00", "250.00", "300.00", "0.00", "275.50"};
    private static final String[] TUITION = {"13.80", "13.80", "15.00", "14.50", "13.75", "12.35"};

    /** A course unit; {@code semester} is the catalogue's text ({@code 1}, {@code 2}, {@code J}, {@code jaar}). */
    record Unit(String code, String name, BigDecimal credits, String semester) {

        boolean secondSemester() {
            return semester.equals("2");
        }
    }

    /** A micro-credential of one academic year. */
    record Programme(String code, String name, int startYear, BigDecimal fixedFee, BigDecimal tuitionPerCredit,
                     List<Unit> units) {

        String year() {
            return startYear + "-" + (startYear + 1);
        }

        BigDecimal tuitionOf(Unit unit) {
            return unit.credits().multiply(tuitionPerCredit).setScale(2, RoundingMode.HALF_UP);
        }

        BigDecimal fee() {
            BigDecimal fee = fixedFee;
            for (Unit unit : units) {
                fee = fee.add(tuitionOf(unit));
            }
            return fee;
        }

        boolean onlySecondSemester() {
            return units.stream().allMatch(Unit::secondSemester);
        }

        /** What the rule credits: the whole fee, the semester-2 tuition, or nothing. */
        BigDecimal entitlement(String rule) {
            return switch (rule) {
                case "FULL", "FULL_SECOND_SEMESTER_ONLY" -> fee();
                case "SECOND_SEMESTER_TUITION" -> units.stream().filter(Unit::secondSemester).map(this::tuitionOf)
                        .reduce(new BigDecimal("0.00"), BigDecimal::add);
                default -> new BigDecimal("0.00");
            };
        }

        /** One credit record per unit, plus the fixed-fee line when the whole fee is credited. */
        int creditRecords(String rule) {
            boolean wholeFee = rule.equals("FULL") || rule.equals("FULL_SECOND_SEMESTER_ONLY");
            return units.size() + (wholeFee && fixedFee.signum() > 0 ? 1 : 0);
        }
    }

    private final List<Programme> programmes;

    private BenchCatalogue(List<Programme> programmes) {
        this.programmes = List.copyOf(programmes);
    }

    List<Programme> programmes() {
        return programmes;
    }

    /** Twenty codes; most run in both years (a little dearer in the second), a few in one year only. */
    static BenchCatalogue generate(Random random) {
        List<Programme> all = new ArrayList<>();
        for (int i = 0; i < TOPICS.length; i++) {
            String code = "MC-" + TOPICS[i].replaceAll("[^A-Za-z]", "").substring(0, 6).toUpperCase() + (i + 1);
            List<Unit> units = units(random, code, i);
            BigDecimal fixedFee = new BigDecimal(FIXED_FEES[random.nextInt(FIXED_FEES.length)]);
            BigDecimal tuition = new BigDecimal(TUITION[random.nextInt(TUITION.length)]);
            boolean firstYear = i % 7 != 3;
            boolean secondYear = i % 9 != 4;
            if (firstYear) {
                all.add(new Programme(code, TOPICS[i], FIRST_YEAR, fixedFee, tuition, units));
            }
            if (secondYear) {
                all.add(new Programme(code, TOPICS[i], SECOND_YEAR, fixedFee, tuition.add(new BigDecimal("0.30")),
                        units));
            }
        }
        return new BenchCatalogue(all);
    }

    /** One in four programmes is taught in semester 2 only; one in five is large (fee above 1,000). */
    private static List<Unit> units(Random random, String code, int index) {
        boolean onlySecond = index % 4 == 1;
        boolean large = index % 5 == 2;
        int count = large ? 6 + random.nextInt(3) : 1 + random.nextInt(4);
        List<Unit> units = new ArrayList<>();
        for (int u = 1; u <= count; u++) {
            String credits = large ? String.valueOf(6 + random.nextInt(5)) : CREDITS[random.nextInt(CREDITS.length)];
            String semester = onlySecond ? "2" : switch (random.nextInt(7)) {
                case 0, 1, 2 -> "1";
                case 3, 4 -> "2";
                case 5 -> "J";
                default -> "jaar";
            };
            units.add(new Unit(code.substring(3, 5) + "-" + (100 * (index + 1) + u), "Module " + u + " of " + code,
                    new BigDecimal(credits), semester));
        }
        return units;
    }

    void writeCsv(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord("academic_year", "micro_credential", "micro_credential_name", "fixed_fee",
                    "tuition_per_credit", "course_unit", "course_unit_name", "credits", "semester");
            for (Programme p : programmes) {
                for (Unit u : p.units()) {
                    csv.printRecord(p.year(), p.code(), p.name(), p.fixedFee().toPlainString(),
                            p.tuitionPerCredit().toPlainString(), u.code(), u.name(), u.credits().toPlainString(),
                            u.semester());
                }
            }
        }
    }
}
