package org.refundbatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a benchmark night from a seed: {@code catalog.csv}, the same N withdrawal rows as
 * {@code withdrawals-N.csv} and {@code withdrawals-N.xlsx}, and {@code expected.json} with the figures a
 * run on {@link WithdrawalMix#RUN_DATE} must report.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     org.refundbatch.bench.WithdrawalGenerator --rows 100000 --out target/bench/100000 [--seed 7]
 *     [--formats csv,xlsx] [--shared-strings]
 * </pre>
 */
public final class WithdrawalGenerator {

    private WithdrawalGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 10_000;
        long seed = 20261130L;
        Path out = Path.of("target/bench");
        List<String> formats = List.of("csv", "xlsx");
        boolean sharedStrings = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--formats" -> formats = List.of(args[++i].split(","));
                case "--shared-strings" -> sharedStrings = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --rows N --seed S --out DIR --formats csv,xlsx --shared-strings)");
            }
        }
        long started = System.nanoTime();
        Files.createDirectories(out);
        Random random = new Random(seed);
        BenchCatalogue catalogue = BenchCatalogue.generate(random);
        catalogue.writeCsv(out.resolve("catalog.csv"));
        ExpectedFigures expected = new ExpectedFigures(WithdrawalMix.RUN_DATE.toString(), seed);
        WithdrawalMix mix = new WithdrawalMix(catalogue, random, expected);
        Path csv = formats.contains("csv") ? out.resolve("withdrawals-" + rows + ".csv") : null;
        Path xlsx = formats.contains("xlsx") ? out.resolve("withdrawals-" + rows + ".xlsx") : null;
        try (WithdrawalSheetFiles files = new WithdrawalSheetFiles(csv, xlsx, sharedStrings)) {
            for (int i = 0; i < rows; i++) {
                files.write(mix.next());
            }
        }
        expected.write(out.resolve("expected.json"));
        List<String> written = new ArrayList<>();
        for (Path file : new Path[] {csv, xlsx}) {
            if (file != null) {
                written.add(file.getFileName() + " (" + Files.size(file) / 1024 + " KiB)");
            }
        }
        System.out.printf("%d rows (%d refunds, %d rejects), %d micro-credentials, seed %d: %s in %.1f s%n",
                expected.rows(), expected.refunds(), expected.rejects(), catalogue.programmes().size(), seed,
                String.join(", ", written), (System.nanoTime() - started) / 1e9);
    }
}
