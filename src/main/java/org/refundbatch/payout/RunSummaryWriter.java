package org.refundbatch.payout;

import java.io.IOException;
import java.nio.file.Path;

import org.refundbatch.ledger.RunSummary;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code run-summary-<runDate>.json}: the run's counts and totals for machines. */
public final class RunSummaryWriter {

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    public void write(RunSummary summary, Path target) throws IOException {
        AtomicFile.write(target, out -> json.writeValue(out, summary));
    }
}
