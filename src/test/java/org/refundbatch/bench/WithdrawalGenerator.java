package org.refundbatch.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a night of withdrawal sheets from a seed, the one generator of the tests, the benchmarks and the
 * crash check. Into {@code --out}: {@code catalog.csv}, the same rows as sheets in one folder per format
 * ({@code csv/}, {@code xlsx/}, {@code xls/}, each a night's inbox), {@code expected.json} with the figures a run
 * on {@link WithdrawalMix#RUN_DATE} must report, {@code night.properties} with the options the rows were
 * drawn with, and {@code ledger-rows.tsv}, what the job writes for each row (the floor writes the same). Same
 * options and seed, same bytes.
 *
 * <ul>
 *   <li>{@code --rows N} data rows, split over {@code --sheets K} sheets ({@code withdrawals-N.csv} when one,
 *       {@code withdrawals-N-1.csv} to {@code -K} when several); {@code --formats csv,xlsx,xls} (default
 *       {@code csv,xlsx}); {@code --shared-strings} puts an XLSX's text in a shared-strings table.</li>
 *   <li>{@code --bad-share} (default 0.02) of rows the job must reject for bad input, of every kind;
 *       {@code --repeat-share} (default 0.01) of rows repeating a key refunded earlier in the night.</li>
 *   <li>{@code --later-rows M}: one more sheet, {@code withdrawals-N-later.csv}, read after the others, of which
 *       about half the rows repeat keys of the earlier sheets.</li>
 *   <li>Student ids have eight digits, in a random order drawn from the seed; {@code --ordered-ids} makes them
 *       grow with the row ({@code 00000007}, {@code 00000014}, ...).</li>
 *   <li>{@code --next-night-of DIR}: the night after the one in {@code DIR}, for a run on
 *       {@link WithdrawalMix#NEXT_RUN_DATE} on top of it: the earlier night is drawn again from its
 *       {@code night.properties} and the rows go on from it, 2% repeating a key refunded that night (rejected as
 *       duplicates) and 3% a student of that night on another micro-credential.</li>
 * </ul>
 *
 * <pre>
 * scripts/generate-night.sh --rows 100000 --out target/bench/data/100000 [--seed 7] [--formats csv,xlsx]
 * </pre>
 */
public final class WithdrawalGenerator {

    static final String CATALOGUE = "catalog.csv";
    static final String EXPECTED = "expected.json";
    /** One line per row, sheet after sheet, of what the job writes to its ledger (see WithdrawalMix#ledgerLine). */
    static final String LEDGER = "ledger-rows.tsv";

    private WithdrawalGenerator() {
    }

    /** The night written: its figures and its sheet files, sheet after sheet, each in every format. */
    record Night(ExpectedFigures figures, List<Path> sheets) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(NightOptions.USAGE);
            return;
        }
        NightOptions options;
        try {
            options = NightOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Night night = generate(options);
        ExpectedFigures expected = night.figures();
        List<String> written = new ArrayList<>();
        for (Path sheet : night.sheets()) {
            written.add(options.out().relativize(sheet) + " (" + Files.size(sheet) / 1024 + " KiB)");
        }
        String earlier = options.nextNightOf() == null ? ""
                : String.format(Locale.ROOT, ", after %s (%d rows repeat one of its keys, %d are its students on"
                        + " another micro-credential)", options.nextNightOf(), expected.sameKeyAsEarlierNight(),
                expected.otherCredentialOfEarlierNight());
        System.out.printf(Locale.ROOT, "%d rows (%d refunds, %d rejects, %d releases)%s, seed %d: %s in %.1f s%n",
                expected.rows(), expected.refunds(), expected.rejects(), expected.releases(), earlier,
                expected.seed(), String.join(", ", written), (System.nanoTime() - started) / 1e9);
    }

    /** Writes the night the options describe. */
    static Night generate(NightOptions options) throws IOException {
        Files.createDirectories(options.out());
        if (options.nextNightOf() == null) {
            Random random = new Random(options.seed());
            BenchCatalogue catalogue = BenchCatalogue.generate(random);
            ExpectedFigures expected = new ExpectedFigures(WithdrawalMix.RUN_DATE.toString(), options.seed(), false);
            WithdrawalMix mix = new WithdrawalMix(catalogue, random, ids(options), options.badShare(),
                    options.repeatShare(), expected);
            return write(options, catalogue, mix, expected, WithdrawalMix.RUN_DATE);
        }
        NightOptions first = NightOptions.read(options.nextNightOf());
        NightOptions next = options.following(first);
        Random random = new Random(first.seed());
        BenchCatalogue catalogue = BenchCatalogue.generate(random);
        ExpectedFigures firstFigures = new ExpectedFigures(WithdrawalMix.RUN_DATE.toString(), first.seed(), false);
        WithdrawalMix mix = new WithdrawalMix(catalogue, random, ids(first), first.badShare(), first.repeatShare(),
                firstFigures);
        mix.keepTheNight();
        draw(first, mix, null);
        Path firstExpected = first.out().resolve(EXPECTED);
        if (!Files.isRegularFile(firstExpected)
                || !Files.readString(firstExpected, StandardCharsets.UTF_8).equals(firstFigures.json())) {
            throw new IllegalStateException(firstExpected + " is not what its " + NightOptions.MANIFEST
                    + " draws: generate that night again with this generator");
        }
        ExpectedFigures expected = new ExpectedFigures(WithdrawalMix.NEXT_RUN_DATE.toString(), first.seed(), true);
        mix.nextNight(next.badShare(), next.repeatShare(), expected);
        return write(next, catalogue, mix, expected, WithdrawalMix.NEXT_RUN_DATE);
    }

    private static StudentIds ids(NightOptions options) {
        return options.orderedIds() ? StudentIds.ordered() : StudentIds.shuffled(options.seed());
    }

    private static Night write(NightOptions options, BenchCatalogue catalogue, WithdrawalMix mix,
                               ExpectedFigures expected, LocalDate runDate) throws IOException {
        Path out = options.out();
        catalogue.writeCsv(out.resolve(CATALOGUE));
        Files.deleteIfExists(out.resolve(LEDGER));
        List<Path> sheets = draw(options, mix, runDate);
        expected.write(out.resolve(EXPECTED));
        options.write(out.resolve(NightOptions.MANIFEST));
        return new Night(expected, sheets);
    }

    /**
     * Draws the night's rows, sheet after sheet, into files of every format when {@code created} is given (the
     * date the workbooks say they were made), or into none, to draw an earlier night again.
     */
    private static List<Path> draw(NightOptions options, WithdrawalMix mix, LocalDate created) throws IOException {
        List<Path> written = new ArrayList<>();
        boolean numbered = options.sheets() > 1 || options.laterRows() > 0;
        int width = String.valueOf(options.sheets()).length();
        for (int part = 1; part <= options.sheets(); part++) {
            String name = "withdrawals-" + options.rows()
                    + (numbered ? "-" + String.format(Locale.ROOT, "%0" + width + "d", part) : "");
            written.addAll(sheet(options, name, options.rowsOf(part), mix, created));
        }
        if (options.laterRows() > 0) {
            mix.laterSheet();
            written.addAll(sheet(options, "withdrawals-" + options.rows() + "-later", options.laterRows(), mix,
                    created));
        }
        return written;
    }

    private static List<Path> sheet(NightOptions options, String name, int rows, WithdrawalMix mix, LocalDate created)
            throws IOException {
        List<Path> files = new ArrayList<>();
        if (created != null) {
            for (String format : options.formats()) {
                Path folder = Files.createDirectories(options.out().resolve(format));
                files.add(folder.resolve(name + "." + format));
            }
        }
        Path ledger = options.out().resolve(LEDGER);
        try (WithdrawalSheetFiles sheet = new WithdrawalSheetFiles(files, options.sharedStrings(), created);
             Writer lines = created == null ? Writer.nullWriter() : Files.newBufferedWriter(ledger,
                     StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int i = 0; i < rows; i++) {
                sheet.write(mix.next());
                lines.write(mix.ledgerLine());
                lines.write('\n');
            }
        }
        return files;
    }
}
