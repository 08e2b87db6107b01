package org.refundbatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files a night wrote, read back: the three CSV listings and the run summary. */
record NightOutputs(CsvFile refunds, CsvFile creditRecords, CsvFile rejects, JsonNode summary) {

    static NightOutputs read(Path outbox, LocalDate runDate) throws IOException {
        return new NightOutputs(CsvFile.read(outbox.resolve("reimbursements-" + runDate + ".csv")),
                CsvFile.read(outbox.resolve("credit-records-" + runDate + ".csv")),
                CsvFile.read(outbox.resolve("rejected-" + runDate + ".csv")),
                JsonMapper.builder().build().readTree(Files.readString(outbox.resolve("run-summary-" + runDate
                        + ".json"))));
    }

    long rowsRead() {
        return summary.get("rows_read").asLong();
    }

    long refundCount() {
        return summary.get("refunds").asLong();
    }

    long rowsRejected() {
        return summary.get("rows_rejected").asLong();
    }

    /** The rows of a listing without the column naming the file they came from. */
    static List<Map<String, String>> withoutSourceFile(CsvFile listing) {
        return listing.rows().stream().map(row -> {
            Map<String, String> copy = new LinkedHashMap<>(row);
            copy.remove("source_file");
            return copy;
        }).toList();
    }
}
