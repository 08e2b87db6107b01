package org.refundbatch.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What a run over the generated rows must report, worked out while generating them: rows, refunds per rule
 * and status with their totals, rejects per kind, credit records; for a next night also how many rows repeat
 * the earlier night's keys and students. Written as {@code expected.json}.
 */
final class ExpectedFigures {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final String runDate;
    private final long seed;
    private final boolean nextNight;
    private long rows;
    private long releases;
    private long creditRecords;
    private final Map<String, long[]> countByRule = new TreeMap<>();
    private final Map<String, long[]> countByStatus = new TreeMap<>();
    private final Map<String, BigDecimal> entitlementByRule = new TreeMap<>();
    private final Map<String, BigDecimal> refundByStatus = new TreeMap<>();
    private final Map<String, long[]> rejectsByKind = new TreeMap<>();
    private long sameKeyAsEarlierNight;
    private long otherCredentialOfEarlierNight;

    /** The figures of a night; of a next night, they also count the rows that repeat the earlier night. */
    ExpectedFigures(String runDate, long seed, boolean nextNight) {
        this.runDate = runDate;
        this.seed = seed;
        this.nextNight = nextNight;
        for (String rule : new String[] {"FULL", "FULL_SECOND_SEMESTER_ONLY", "SECOND_SEMESTER_TUITION", "NO_REFUND"}) {
            countByRule.put(rule, new long[1]);
            entitlementByRule.put(rule, ZERO);
        }
        for (String status : new String[] {"PAYABLE", "ON_HOLD", "NOTHING_DUE"}) {
            countByStatus.put(status, new long[1]);
            refundByStatus.put(status, ZERO);
        }
    }

    void refund(String rule, String status, BigDecimal entitlement, BigDecimal refundAmount, int creditLines) {
        rows++;
        creditRecords += creditLines;
        countByRule.get(rule)[0]++;
        entitlementByRule.merge(rule, entitlement, BigDecimal::add);
        countByStatus.get(status)[0]++;
        refundByStatus.merge(status, refundAmount, BigDecimal::add);
    }

    /** A repeated key that releases a refund on hold: neither a refund nor a reject. */
    void release() {
        rows++;
        releases++;
    }

    void reject(String kind) {
        rows++;
        rejectsByKind.computeIfAbsent(kind, k -> new long[1])[0]++;
    }

    /** A row of a next night that repeats the key of a refund of the earlier night (tallied as a reject too). */
    void earlierKeyRepeated() {
        sameKeyAsEarlierNight++;
    }

    /** A row of a next night: a student of the earlier night on another micro-credential (tallied as a refund). */
    void earlierStudentOnOtherCredential() {
        otherCredentialOfEarlierNight++;
    }

    long seed() {
        return seed;
    }

    long rows() {
        return rows;
    }

    long refunds() {
        return countByRule.values().stream().mapToLong(c -> c[0]).sum();
    }

    long rejects() {
        return rejectsByKind.values().stream().mapToLong(c -> c[0]).sum();
    }

    long payable() {
        return countByStatus.get("PAYABLE")[0];
    }

    long rejects(String kind) {
        long[] count = rejectsByKind.get(kind);
        return count == null ? 0 : count[0];
    }

    long releases() {
        return releases;
    }

    long sameKeyAsEarlierNight() {
        return sameKeyAsEarlierNight;
    }

    long otherCredentialOfEarlierNight() {
        return otherCredentialOfEarlierNight;
    }

    void write(Path file) throws IOException {
        Files.writeString(file, json(), StandardCharsets.UTF_8);
    }

    String json() {
        BigDecimal entitlement = entitlementByRule.values().stream().reduce(ZERO, BigDecimal::add);
        String earlierNight = !nextNight ? ""
                : "  \"earlier_night_same_key\": " + sameKeyAsEarlierNight + ",\n"
                + "  \"earlier_night_other_credential\": " + otherCredentialOfEarlierNight + ",\n";
        return "{\n"
                + "  \"run_date\": \"" + runDate + "\",\n"
                + "  \"seed\": " + seed + ",\n"
                + "  \"rows\": " + rows + ",\n"
                + "  \"refunds\": " + refunds() + ",\n"
                + "  \"rejects\": " + rejects() + ",\n"
                + "  \"releases\": " + releases + ",\n"
                + earlierNight
                + "  \"credit_records\": " + creditRecords + ",\n"
                + "  \"payable\": " + payable() + ",\n"
                + "  \"total_entitlement\": \"" + entitlement + "\",\n"
                + "  \"total_payable\": \"" + refundByStatus.get("PAYABLE") + "\",\n"
                + "  \"total_on_hold\": \"" + refundByStatus.get("ON_HOLD") + "\",\n"
                + "  \"refunds_by_rule\": " + counts(countByRule) + ",\n"
                + "  \"entitlement_by_rule\": " + amounts(entitlementByRule) + ",\n"
                + "  \"refunds_by_status\": " + counts(countByStatus) + ",\n"
                + "  \"rejects_by_kind\": " + counts(rejectsByKind) + "\n"
                + "}\n";
    }

    private static String counts(Map<String, long[]> counts) {
        StringJoiner json = new StringJoiner(", ", "{", "}");
        counts.forEach((k, v) -> json.add("\"" + k + "\": " + v[0]));
        return json.toString();
    }

    private static String amounts(Map<String, BigDecimal> amounts) {
        StringJoiner json = new StringJoiner(", ", "{", "}");
        amounts.forEach((k, v) -> json.add("\"" + k + "\": \"" + v + "\""));
        return json.toString();
    }
}
