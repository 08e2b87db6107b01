package org.refundbatch.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The countries and territories of the SEPA schemes (the EPC list EPC409-09), read from the data file
 * {@code sepa-countries.csv}: an IBAN of any other country is valid, but cannot be paid by a SEPA transfer.
 */
public final class SepaCountries {

    static final String RESOURCE = "/sepa-countries.csv";

    private static final Set<String> CODES = load();

    private SepaCountries() {
    }

    /** Whether the IBAN (compact, valid) is of a SEPA country. */
    public static boolean includesIbanOf(String iban) {
        return CODES.contains(iban.substring(0, 2));
    }

    /** The ISO 3166 codes of the list. */
    static Set<String> codes() {
        return CODES;
    }

    private static Set<String> load() {
        try (InputStream in = SepaCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> codes = new HashSet<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String code = line.substring(0, line.indexOf(',')).strip();
                if (!code.matches("[A-Z]{2}")) {
                    throw new IllegalStateException(RESOURCE + ": '" + line + "' does not start with a country code");
                }
                codes.add(code);
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }
}
