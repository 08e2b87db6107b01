package org.refundbatch.bench;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;

/**
 * Belgian and Dutch IBANs drawn from a seeded random, their check digits computed as ISO 13616 says
 * (and the Belgian national check, mod 97 of the first ten digits), written the ways people type them.
 */
final class BankAccounts {

    private static final String[] DUTCH_BANKS = {"ABNA", "RABO", "INGB", "TRIO", "SNSB"};
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private BankAccounts() {
    }

    /** A valid IBAN: mostly Belgian, some Dutch; compact, in groups of four, or in lower case. */
    static String draw(Random random) {
        String iban = random.nextInt(10) < 8 ? belgian(random) : dutch(random);
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> grouped(iban);
            case 3 -> iban.toLowerCase();
            default -> iban;
        };
    }

    static String belgian(Random random) {
        long bank = random.nextInt(1000);
        long account = random.nextInt(10_000_000);
        long national = (bank * 10_000_000L + account) % 97;
        String bban = String.format(Locale.ROOT, "%03d%07d%02d", bank, account,
                national == 0 ? 97 : national);
        return "BE" + checkDigits("BE", bban) + bban;
    }

    static String dutch(Random random) {
        String bban = DUTCH_BANKS[random.nextInt(DUTCH_BANKS.length)]
                + String.format(Locale.ROOT, "%010d", random.nextLong(10_000_000_000L));
        return "NL" + checkDigits("NL", bban) + bban;
    }

    /** The same IBAN with check digits that do not match. */
    static String broken(String iban) {
        int digits = Integer.parseInt(iban.substring(2, 4));
        return iban.substring(0, 2) + String.format(Locale.ROOT, "%02d", digits == 97 ? 3 : digits + 1)
                + iban.substring(4);
    }

    /** ISO 13616: 98 minus (BBAN + country + 00, letters as 10..35) mod 97. */
    static String checkDigits(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    private static String grouped(String iban) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            text.append(i == 0 ? "" : " ").append(iban, i, Math.min(i + 4, iban.length()));
        }
        return text.toString();
    }
}
