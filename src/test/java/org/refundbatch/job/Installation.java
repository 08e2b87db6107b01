package org.refundbatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.refundbatch.RefundBatchApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job installed for a test: a home with its inbox, a database of its own (see {@link TestDatabase}) and
 * some settings. Each run starts the application as the command line does and returns its exit code.
 */
final class Installation {

    private final Path home;
    private final Map<String, String> settings = new LinkedHashMap<>();

    Installation(Path home, Map<String, String> settings) throws IOException {
        this.home = home;
        Files.createDirectories(inbox());
        this.settings.putAll(TestDatabase.settings(home));
        this.settings.put("refund.inbox", inbox().toString());
        this.settings.put("refund.catalog", Path.of("input-samples/catalog.csv").toAbsolutePath().toString());
        this.settings.putAll(settings);
    }

    Path inbox() {
        return home.resolve("inbox");
    }

    Path outbox(LocalDate runDate) {
        return home.resolve("outbox").resolve(runDate.toString());
    }

    /** Runs the job for that date: {@code java -jar refund-batch.jar runDate=...}. */
    int run(LocalDate runDate) {
        try (ConfigurableApplicationContext context = start(true, "runDate=" + runDate)) {
            return SpringApplication.exit(context);
        }
    }

    /** Works on the installation's database with the job not started, e.g. to break or repair it. */
    void withDatabase(Consumer<JdbcTemplate> work) {
        try (ConfigurableApplicationContext context = start(false)) {
            work.accept(context.getBean(JdbcTemplate.class));
        }
    }

    private ConfigurableApplicationContext start(boolean runner, String... args) {
        List<String> arguments = new ArrayList<>();
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.add("--refund.runner.enabled=" + runner);
        arguments.addAll(List.of(args));
        return new SpringApplicationBuilder(RefundBatchApplication.class).profiles(TestDatabase.profiles())
                .run(arguments.toArray(String[]::new));
    }
}
