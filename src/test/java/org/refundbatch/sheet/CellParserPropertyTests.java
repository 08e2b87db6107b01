package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.time.api.constraints.DateRange;

/** Whatever a user types in an accepted form is read back as the value they meant. */
class CellParserPropertyTests {

    /** The text forms of DESIGN §2.1, day first as in Belgium. */
    enum DateForm {
        ISO("yyyy-MM-dd"), SLASHES("dd/MM/yyyy"), SHORT_SLASHES("d/M/yyyy"), DASHES("d-M-yyyy"),
        PADDED_DASHES("dd-MM-yyyy"), DOTS("dd.MM.yyyy"), SHORT_DOTS("d.M.yyyy");

        final DateTimeFormatter format;

        DateForm(String pattern) {
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

    @Property
    void readsAnyDateBackInEveryTextForm(@ForAll @DateRange(min = "1900-01-01", max = "2999-12-31") LocalDate date,
                                         @ForAll DateForm form) {
        SheetCell cell = new SheetCell(SheetCell.Kind.TEXT, date.format(form.format));

        assertThat(CellParser.date(cell)).isEqualTo(date);
    }

    @Property
    void readsAnyDateOfThisCenturyBackFromTheShortFormsSpreadsheetsShow(
            @ForAll @DateRange(min = "2000-01-01", max = "2099-12-31") LocalDate date,
            @ForAll("shortYearPatterns") String pattern) {
        SheetCell cell = new SheetCell(SheetCell.Kind.TEXT, date.format(DateTimeFormatter.ofPattern(pattern)));

        assertThat(CellParser.date(cell)).isEqualTo(date);
    }

    @Provide
    Arbitrary<String> shortYearPatterns() {
        return Arbitraries.of("dd/MM/yy", "d/M/yy", "dd-MM-yy", "dd.MM.yy");
    }

    @Property
    void readsAnyBelgianAmountBackExactly(@ForAll @BigRange(min = "0", max = "9999999.99") @Scale(2) BigDecimal amount,
                                         @ForAll Grouping grouping, @ForAll Euro euro) {
        String typed = euro.template.formatted(belgian(amount, grouping));

        assertThat(CellParser.amount(new SheetCell(SheetCell.Kind.TEXT, typed)))
                .isEqualTo(amount.setScale(2));
    }

    @Property
    void readsAnyEnglishAmountBackExactly(@ForAll @BigRange(min = "0", max = "9999999.99") @Scale(2) BigDecimal amount,
                                          @ForAll Euro euro) {
        String typed = euro.template.formatted(format(amount, "#,##0.00", ',', '.'));

        assertThat(CellParser.amount(new SheetCell(SheetCell.Kind.TEXT, typed)))
                .isEqualTo(amount.setScale(2));
    }

    @Property
    void readsAnyAmountOfANumberCellBackExactly(
            @ForAll @BigRange(min = "-9999999.99", max = "9999999.99") @Scale(2) BigDecimal amount) {
        SheetCell cell = new SheetCell(SheetCell.Kind.NUMBER, amount.stripTrailingZeros().toString());

        assertThat(CellParser.amount(cell)).isEqualTo(amount.setScale(2));
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
