package org.refundbatch.bankfeedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The meaning of the ISO 20022 reason codes a bank gives (ExternalStatusReason1Code, ExternalReturnReason1Code),
 * kept as data in {@code iso20022/external-reason-codes.csv}.
 */
final class ReasonCodes {

    static final String RESOURCE = "/iso20022/external-reason-codes.csv";

    private final Map<String, String> meanings;

    private ReasonCodes(Map<String, String> meanings) {
        this.meanings = Map.copyOf(meanings);
    }

    static ReasonCodes load() {
        try (InputStream in = ReasonCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            Map<String, String> meanings = new HashMap<>();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder()
                         .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()).get()) {
                for (CSVRecord record : parser) {
                    meanings.put(record.get("code"), record.get("meaning"));
                }
            }
            return new ReasonCodes(meanings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The code's meaning, followed by what the bank added in words, if anything: {@code closed account number:
     * the account has been closed (bank: Rekening opgeheven)}. A code not in the list is named as such; null
     * without a code.
     */
    String text(String code, List<String> additionalInformation) {
        if (code == null) {
            return null;
        }
        String meaning = meanings.getOrDefault(code, code + " (code not in the ISO list)");
        String added = String.join(" ", additionalInformation).strip();
        return added.isEmpty() ? meaning : meaning + " (bank: " + added + ")";
    }
}
