package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a user types in an accepted form is read back as the value they meant. Each property runs over
 * values drawn from a seeded generator: the seed is in every case's name, and {@code -Drefund.test.seed=N}
 * replays a failing run.
 */
class CellParserPropertyTests {

    private static final long SEED = Long.getLong("refund.test.seed", 20261204L);
    private static final int CASES = 300;

    /** The text forms of DESIGN §2.1, day first as in Belgium. */
    enum DateForm {
        ISO("yyyy-MM-dd"), SLASHES("dd/MM/yyyy"), SHORT_SLASHES("d/M/yyyy"), DASHES("d-M-yyyy"),
        PADDED_DASHES("dd-MM-yyyy"), DOTS("dd.MM.yyyy"), SHORT_DOTS("d.M.yyyy");

        final DateTimeFormatter format;

        DateForm(String pattern) {
            this.format = DateTimeFormatter.ofPattern(pattern);
        }
    }

    /** The short forms spreadsheets show: a two-digit year of this century. */
    enum ShortYearForm {
        SLASHES("dd/MM/yy"), SHORT_SLASHES("d/M/yy"), DASHES("dd-MM-yy"), DOTS("dd.MM.yy");

        final DateTimeFormatter format;

        ShortYearForm(String pattern) {
            this.format = DateTimeFormatter.ofPattern(pattern);
        }
    }

    /** Where the euro sign goes, if anywhere. */
    enum Euro {
        NONE("%s"), BEFORE("€ %s"), BEFORE_TIGHT("€%s"), AFTER("%s €"), BEFORE_NO_BREAK("€\u00a0%s");

        final String template;

        Euro(String template) {
            this.template = template;
        }
    }

    /** How a Belgian user groups thousands: a point, a (no-break) space or not at all. */
    enum Grouping {
        POINT('.'), SPACE(' '), NO_BREAK_SPACE('\u00a0'), NARROW_NO_BREAK_SPACE('\u202f'), NONE(null);

        final Character separator;

        Grouping(Character separator) {
            this.separator = separator;
        }
    }

    @ParameterizedTest(name = "seed {0}: {1} as {2}")
    @MethodSource("datesInEveryTextForm")
    void readsAnyDateBackInEveryTextForm(long seed, LocalDate date, DateForm form) {
        SheetCell cell = new SheetCell(SheetCell.Kind.TEXT, date.format(form.format));

        assertThat(CellParser.date(cell)).as("seed %d", seed).isEqualTo(date);
    }

    @ParameterizedTest(name = "seed {0}: {1} as {2}")
    @MethodSource("datesInShortForms")
    void readsAnyDateOfThisCenturyBackFromTheShortFormsSpreadsheetsShow(long seed, LocalDate date,
                                                                       ShortYearForm form) {
        SheetCell cell = new SheetCell(SheetCell.Kind.TEXT, date.format(form.format));

        assertThat(CellParser.date(cell)).as("seed %d", seed).isEqualTo(date);
    }

    @ParameterizedTest(name = "seed {0}: {1} grouped {2}, euro {3}")
    @MethodSource("belgianAmounts")
    void readsAnyBelgianAmountBackExactly(long seed, BigDecimal amount, Grouping grouping, Euro euro) {
        String typed = euro.template.formatted(belgian(amount, grouping));

        assertThat(CellParser.amount(new SheetCell(SheetCell.Kind.TEXT, typed)))
                .as("seed %d: '%s'", seed, typed).isEqualTo(amount.setScale(2));
    }

    @ParameterizedTest(name = "seed {0}: {1}, euro {2}")
    @MethodSource("englishAmounts")
    void readsAnyEnglishAmountBackExactly(long seed, BigDecimal amount, Euro euro) {
        String typed = euro.template.formatted(format(amount, "#,##0.00", ',', '.'));

        assertThat(CellParser.amount(new SheetCell(SheetCell.Kind.TEXT, typed)))
                .as("seed %d: '%s'", seed, typed).isEqualTo(amount.setScale(2));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("numberCellAmounts")
    void readsAnyAmountOfANumberCellBackExactly(long seed, BigDecimal amount) {
        SheetCell cell = new SheetCell(SheetCell.Kind.NUMBER, amount.stripTrailingZeros().toString());

        assertThat(CellParser.amount(cell)).as("seed %d", seed).isEqualTo(amount.setScale(2));
    }

    static Stream<Arguments> datesInEveryTextForm() {
        Random random = new Random(SEED);
        return cases(() -> Arguments.of(SEED, date(random, 1900, 2999), pick(random, DateForm.values())));
    }

    static Stream<Arguments> datesInShortForms() {
        Random random = new Random(SEED + 1);
        return cases(() -> Arguments.of(SEED, date(random, 2000, 2099), pick(random, ShortYearForm.values())));
    }

    static Stream<Arguments> belgianAmounts() {
        Random random = new Random(SEED + 2);
        return cases(() -> Arguments.of(SEED, amount(random, false), pick(random, Grouping.values()),
                pick(random, Euro.values())));
    }

    static Stream<Arguments> englishAmounts() {
        Random random = new Random(SEED + 3);
        return cases(() -> Arguments.of(SEED, amount(random, false), pick(random, Euro.values())));
    }

    static Stream<Arguments> numberCellAmounts() {
        Random random = new Random(SEED + 4);
        return cases(() -> Arguments.of(SEED, amount(random, true)));
    }

    private static Stream<Arguments> cases(java.util.function.Supplier<Arguments> next) {
        return IntStream.range(0, CASES).mapToObj(i -> next.get());
    }

    private static LocalDate date(Random random, int fromYear, int toYear) {
        long first = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long last = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
    }

    /**
     * An amount of 0.00 to 9,999,999.99 (or as negative), cents uniform; one draw in five is a small or a
     * round amount, where grouping and trailing zeros are most often got wrong.
     */
    private static BigDecimal amount(Random random, boolean signed) {
        long cents = switch (random.nextInt(5)) {
            case 0 -> random.nextInt(100_000);
            case 1 -> 100L * random.nextInt(10_000_000);
            default -> (long) (random.nextDouble() * 1_000_000_000L);
        };
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        return signed && random.nextBoolean() ? amount.negate() : amount;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String belgian(BigDecimal amount, Grouping grouping) {
        if (grouping.separator == null) {
            return format(amount, "0.00", '.', ',');
        }
        return format(amount, "#,##0.00", grouping.separator, ',');
    }

    private static String format(BigDecimal amount, String pattern, char grouping, char decimal) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        return new DecimalFormat(pattern, symbols).format(amount);
    }
}
