import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a night of test input for the crash check, the same every time for the same seed: a catalogue and
 * an inbox with one big withdrawal sheet, a later sheet that repeats some of its enrolments, and a byte copy
 * of that later sheet. About 5% of the rows are bad input, about 2% repeat an enrolment.
 *
 * <pre>java scripts/WithdrawalSheetGenerator.java OUT_DIR ROWS [SEED]</pre>
 */
public class WithdrawalSheetGenerator {

    record Unit(String code, String name, BigDecimal credits, String semester) {
    }

    record Programme(String year, String code, String name, BigDecimal fixedFee, BigDecimal perCredit,
                     List<Unit> units) {
        BigDecimal fee() {
            BigDecimal fee = fixedFee;
            for (Unit unit : units) {
                fee = fee.add(unit.credits().multiply(perCredit).setScale(2, RoundingMode.HALF_UP));
            }
            return fee;
        }
    }

    static final String[] LAST = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
            "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Hermans", "Michiels", "Leclercq", "Aerts", "Smets"};
    static final String[] FIRST = {"Anna", "Lucas", "Elise", "Noah", "Marie", "Louis", "Ella", "Arthur", "Olivia",
            "Jules", "Lina", "Victor", "Camille", "Finn", "Zoë", "Mila", "Noé", "Hélène"};
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    private final Random random;
    private final List<Programme> programmes = new ArrayList<>();

    WithdrawalSheetGenerator(long seed) {
        random = new Random(seed);
        for (String year : new String[] {"2025-2026", "2026-2027"}) {
            for (int p = 1; p <= 12; p++) {
                BigDecimal fixed = new BigDecimal(p % 5 == 0 ? "0.00" : p % 3 == 0 ? "250.00" : "288.00");
                BigDecimal perCredit = new BigDecimal(p % 4 == 0 ? "15.00" : p % 7 == 0 ? "13.75" : "13.80");
                List<Unit> units = new ArrayList<>();
                int count = 1 + p % 4;
                for (int u = 1; u <= count; u++) {
                    String semester = (p + u) % 5 == 0 ? "J" : (p % 6 == 0 || (p + u) % 2 == 0) ? "2" : "1";
                    BigDecimal credits = new BigDecimal((3 + (p * u) % 4) + ((p + u) % 7 == 0 ? ".5" : ""));
                    units.add(new Unit(String.format("CU-%02d%d", p, u), "Course unit " + p + "." + u, credits, semester));
                }
                programmes.add(new Programme(year, String.format("MC-%02d", p), "Micro-credential " + p, fixed,
                        perCredit, units));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java WithdrawalSheetGenerator.java OUT_DIR ROWS [SEED]");
            System.exit(3);
        }
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261130L;
        WithdrawalSheetGenerator generator = new WithdrawalSheetGenerator(seed);
        Path inbox = Files.createDirectories(out.resolve("inbox"));
        generator.writeCatalogue(out.resolve("catalog.csv"));
        List<String[]> keys = generator.writeSheet(inbox.resolve("withdrawals-2026-11.csv"), ',', rows, List.of());
        int late = Math.max(10, rows / 75);
        generator.writeSheet(inbox.resolve("withdrawals-2026-11-late.csv"), ';', late, keys);
        Files.copy(inbox.resolve("withdrawals-2026-11-late.csv"), inbox.resolve("withdrawals-2026-11-late-copy.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("catalogue and " + (rows + 2 * late) + " withdrawal rows in " + out);
    }

    void writeCatalogue(Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print("academic_year,micro_credential,micro_credential_name,fixed_fee,tuition_per_credit,course_unit,"
                    + "course_unit_name,credits,semester\r\n");
            for (Programme p : programmes) {
                for (Unit u : p.units()) {
                    w.print(String.join(",", p.year(), p.code(), p.name(), p.fixedFee().toPlainString(),
                            p.perCredit().toPlainString(), u.code(), u.name(), u.credits().toPlainString(),
                            u.semester()) + "\r\n");
                }
            }
        }
    }

    /** Writes a sheet; a share of its rows repeat one of {@code earlier} or of its own keys. */
    List<String[]> writeSheet(Path file, char delimiter, int rows, List<String[]> earlier) throws IOException {
        List<String[]> keys = new ArrayList<>();
        String d = String.valueOf(delimiter);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print(String.join(d, "student_id", "last_name", "first_name", "micro_credential", "academic_year",
                    "withdrawal_date", "amount_paid", "iban", "reference") + "\r\n");
            for (int i = 0; i < rows; i++) {
                String[] row = row(file.getFileName() + "#" + i, keys, earlier);
                keys.add(row);
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    line.append(c == 0 ? "" : d).append(quote(row[c], delimiter));
                }
                w.print(line + "\r\n");
            }
        }
        return keys;
    }

    private String[] row(String tag, List<String[]> own, List<String[]> earlier) {
        int dice = random.nextInt(1000);
        if (!earlier.isEmpty() && dice < 500) {
            return earlier.get(random.nextInt(earlier.size())).clone();
        }
        if (own.size() > 10 && dice >= 980) {
            return own.get(own.size() - 1 - random.nextInt(Math.min(own.size(), 5000))).clone();
        }
        Programme p = programmes.get(random.nextInt(random.nextInt(10) == 0 ? 12 : programmes.size()));
        boolean lastYear = p.year().startsWith("2025");
        LocalDate date = lastYear ? LocalDate.of(2025, 9, 1).plusDays(random.nextInt(365))
                : LocalDate.of(2026, 9, 1).plusDays(random.nextInt(91));
        String student = String.format("%07d", 1_000_000 + random.nextInt(8_999_999));
        String year = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> p.year().substring(0, 5) + p.year().substring(7);
            default -> p.year();
        };
        String code = p.code();
        String dateText = format(date);
        String paid = paid(p.fee());
        String last = LAST[random.nextInt(LAST.length)];
        String iban = random.nextInt(25) == 0 ? "" : iban(random.nextInt(40) == 0);
        switch (dice % 200) {
            case 0, 1 -> code = "MC-NOPE";
            case 2 -> dateText = "31/02/2026";
            case 3 -> last = "";
            case 4 -> dateText = RUN_DATE.plusDays(1 + random.nextInt(30)).toString();
            case 5 -> paid = "about 300";
            case 6 -> paid = p.fee().add(BigDecimal.TEN).toPlainString();
            default -> { }
        }
        String reference = random.nextInt(500) == 0 ? "=SUM(A1:A9)" : "WD-" + tag;
        return new String[] {student, last, FIRST[random.nextInt(FIRST.length)], code, year, dateText, paid, iban,
                reference};
    }

    private String format(LocalDate date) {
        return switch (random.nextInt(4)) {
            case 0 -> date.toString();
            case 1 -> String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            case 2 -> date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
            default -> String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        };
    }

    private String paid(BigDecimal fee) {
        int dice = random.nextInt(10);
        if (dice < 6) {
            return "";
        }
        if (dice < 9) {
            return fee.toPlainString();
        }
        BigDecimal part = fee.multiply(BigDecimal.valueOf(random.nextInt(100))).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
        return part.toPlainString().replace('.', ',');
    }

    /** A Belgian IBAN with correct national and international check digits, or a wrong one when asked. */
    private String iban(boolean wrong) {
        long account = 1_000_000_000L + (long) (random.nextDouble() * 8_999_999_999L);
        long national = account % 97 == 0 ? 97 : account % 97;
        String bban = String.format("%010d%02d", account, national);
        int check = 98 - new BigInteger(bban + "111400").mod(BigInteger.valueOf(97)).intValue();
        if (wrong) {
            check = (check + 1) % 100;
        }
        String iban = String.format("BE%02d%s", check, bban);
        return random.nextBoolean() ? iban : iban.replaceAll("(.{4})", "$1 ").trim();
    }

    private static String quote(String value, char delimiter) {
        if (value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
