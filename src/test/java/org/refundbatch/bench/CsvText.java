package org.refundbatch.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/** Dates and amounts written as staff type them in a CSV file: ISO or day first, decimal commas, euro signs. */
final class CsvText {

    private CsvText() {
    }

    /** {@code 2026-11-03}, {@code 03/11/2026}, {@code 3-11-2026} or {@code 03.11.2026}. */
    static String date(LocalDate date, Random random) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        return switch (random.nextInt(4)) {
            case 0 -> date.toString();
            case 1 -> String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y);
            case 2 -> String.format(Locale.ROOT, "%d-%d-%d", d, m, y);
            default -> String.format(Locale.ROOT, "%02d.%02d.%d", d, m, y);
        };
    }

    /** {@code 1116.00}, {@code 1.116,00}, {@code € 1 116,00}, or {@code 1116} for whole euros. */
    static String amount(BigDecimal amount, Random random) {
        String plain = amount.setScale(2).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        String whole = digits.substring(0, digits.length() - 3);
        String cents = digits.substring(digits.length() - 2);
        String sign = negative ? "-" : "";
        return switch (random.nextInt(4)) {
            case 0 -> plain;
            case 1 -> sign + grouped(whole, '.') + "," + cents;
            case 2 -> "€ " + sign + grouped(whole, ' ') + "," + cents;
            default -> cents.equals("00") ? sign + whole : plain;
        };
    }

    private static String grouped(String whole, char separator) {
        StringBuilder text = new StringBuilder();
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        text.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            text.append(separator).append(whole, i, i + 3);
        }
        return text.toString();
    }
}
