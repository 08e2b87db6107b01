package org.refundbatch.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run left behind, to compare two runs: the text of every CSV and JSON file of its outbox folder
 * (hidden temporary files included, so a leftover shows) and the row counts of the ledger.
 */
record RunOutputs(Map<String, String> files, Map<String, Long> rows) {

    static RunOutputs of(Path outboxDir, JdbcTemplate jdbc) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(outboxDir)) {
            try (Stream<Path> list = Files.list(outboxDir)) {
                for (Path file : list.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".csv") || name.endsWith(".json") || name.endsWith(".tmp")) {
                        files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String table : new String[] {"refund", "credit_record", "reject", "staged_file", "refund_event", "payment"}) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        rows.put("refund keys refunded twice", jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT refund_key FROM refund"
                + " GROUP BY refund_key HAVING COUNT(*) > 1) d", Long.class));
        return new RunOutputs(files, rows);
    }
}
