package org.refundbatch.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.refundbatch.policy.AcademicYear;
import org.refundbatch.policy.CourseUnit;
import org.refundbatch.policy.MicroCredential;
import org.refundbatch.policy.Semester;
import org.refundbatch.sheet.CellParser;
import org.refundbatch.sheet.HeaderNames;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;

/**
 * Loads the catalogue (CSV or XLSX, one row per course unit) and checks it whole: every problem is
 * reported with its row, and a catalogue with any problem is refused.
 */
public final class CatalogLoader {

    enum Field {
        ACADEMIC_YEAR, MICRO_CREDENTIAL, MICRO_CREDENTIAL_NAME, FIXED_FEE, TUITION_PER_CREDIT, COURSE_UNIT,
        COURSE_UNIT_NAME, CREDITS, SEMESTER;

        String header() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Draft(String code, String name, AcademicYear year, BigDecimal fixedFee, BigDecimal tuition,
                         int firstRow, List<CourseUnit> units) {
    }

    public Catalog load(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidCatalogException(file.toString(), List.of("the file does not exist"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        try (SheetReader reader = SheetFiles.open(file, name)) {
            SheetRow header = reader.next();
            if (header == null) {
                throw new InvalidCatalogException(name, List.of("the file is empty"));
            }
            Map<Field, Integer> columns = columns(header, name);
            SheetRow row;
            while ((row = reader.next()) != null) {
                readRow(row, columns, drafts, problems);
            }
        } catch (UnreadableSheetException e) {
            throw new InvalidCatalogException(name, List.of(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add("the catalogue has no course units");
        }
        Map<String, MicroCredential> byKey = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            try {
                byKey.put(Catalog.key(d.code(), d.year()),
                        new MicroCredential(d.code(), d.name(), d.year(), d.fixedFee(), d.tuition(), d.units()));
            } catch (IllegalArgumentException e) {
                problems.add("row " + d.firstRow() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(file.toString(), problems);
        }
        return new Catalog(byKey);
    }

    private static Map<Field, Integer> columns(SheetRow header, String file) {
        Map<Field, Integer> columns = HeaderNames.positions(header, Field.class, field -> List.of(field.header()));
        List<String> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            if (!columns.containsKey(field)) {
                missing.add(field.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCatalogException(file, List.of("row " + header.number() + ": missing column(s) "
                    + String.join(", ", missing) + "; found " + header.cells()));
        }
        return columns;
    }

    private static void readRow(SheetRow row, Map<Field, Integer> columns, Map<String, Draft> drafts,
                                List<String> problems) {
        int before = problems.size();
        String where = "row " + row.number() + ", column ";
        AcademicYear year = parse(row, columns, Field.ACADEMIC_YEAR, problems,
                text -> AcademicYear.parse(text));
        String code = required(row, columns, Field.MICRO_CREDENTIAL, problems);
        BigDecimal fixedFee = parse(row, columns, Field.FIXED_FEE, problems, CatalogLoader::euros);
        BigDecimal tuition = parse(row, columns, Field.TUITION_PER_CREDIT, problems, CatalogLoader::euros);
        String unitCode = required(row, columns, Field.COURSE_UNIT, problems);
        BigDecimal credits = parse(row, columns, Field.CREDITS, problems, text -> positiveCredits(text));
        Semester semester = parse(row, columns, Field.SEMESTER, problems, Semester::parse);
        if (problems.size() > before) {
            return;
        }
        String mcName = CellParser.text(row.cell(columns.get(Field.MICRO_CREDENTIAL_NAME)));
        String unitName = CellParser.text(row.cell(columns.get(Field.COURSE_UNIT_NAME)));
        String key = Catalog.key(code, year);
        Draft draft = drafts.computeIfAbsent(key,
                k -> new Draft(code, mcName, year, fixedFee, tuition, row.number(), new ArrayList<>()));
        if (draft.fixedFee().compareTo(fixedFee) != 0) {
            problems.add(where + "fixed_fee: " + code + " " + year + " has fixed fee " + fixedFee
                    + " here but " + draft.fixedFee() + " on row " + draft.firstRow() + " (must be the same on every row)");
        }
        if (draft.tuition().compareTo(tuition) != 0) {
            problems.add(where + "tuition_per_credit: " + code + " " + year + " has tuition per credit " + tuition
                    + " here but " + draft.tuition() + " on row " + draft.firstRow() + " (must be the same on every row)");
        }
        if (draft.units().stream().anyMatch(u -> u.code().equalsIgnoreCase(unitCode))) {
            problems.add(where + "course_unit: " + unitCode + " appears twice in " + code + " " + year);
        }
        draft.units().add(new CourseUnit(unitCode, unitName, credits, semester));
    }

    private static String required(SheetRow row, Map<Field, Integer> columns, Field field, List<String> problems) {
        String text = CellParser.text(row.cell(columns.get(field)));
        if (text.isEmpty()) {
            problems.add("row " + row.number() + ", column " + field.header() + ": missing value");
        }
        return text;
    }

    private static <T> T parse(SheetRow row, Map<Field, Integer> columns, Field field, List<String> problems,
                               java.util.function.Function<String, T> parser) {
        String text = required(row, columns, field, problems);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add("row " + row.number() + ", column " + field.header() + ": " + e.getMessage());
            return null;
        }
    }

    /** A fee or rate in euro: zero or more, in cents at most. */
    private static BigDecimal euros(String text) {
        BigDecimal value = CellParser.number(org.refundbatch.sheet.SheetCell.text(text));
        if (value.signum() < 0) {
            throw new IllegalArgumentException("'" + text + "' must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("'" + text + "' has more than two decimals (amounts are in euro cents)");
        }
        return value;
    }

    private static BigDecimal positiveCredits(String text) {
        BigDecimal value = CellParser.number(org.refundbatch.sheet.SheetCell.text(text));
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("'" + text + "' credits must be more than zero");
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("'" + text + "' credits may have one decimal at most");
        }
        return value;
    }
}
