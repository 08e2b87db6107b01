package org.refundbatch.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What {@link WithdrawalGenerator} makes: how many rows in how many sheets of which formats, the shares of bad
 * and repeated rows, the order of the student ids, and the earlier night a next night follows. The options a
 * night's rows were drawn with are kept beside them in {@code night.properties}, so that a next night can draw
 * that night again and go on from it.
 */
record NightOptions(int rows, long seed, Path out, List<String> formats, int sheets, int laterRows,
                    double badShare, double repeatShare, boolean orderedIds, boolean sharedStrings,
                    Path nextNightOf) {

    static final String MANIFEST = "night.properties";
    static final long DEFAULT_SEED = 20261130L;
    static final String USAGE = "usage: WithdrawalGenerator --rows N --out DIR [--seed S] [--formats csv,xlsx,xls]"
            + " [--sheets K] [--later-rows M] [--bad-share 0.02] [--repeat-share 0.01] [--ordered-ids]"
            + " [--shared-strings] [--next-night-of EARLIER_DIR]";

    /** The most data rows an {@code .xls} sheet holds: 65,536 rows less the header. */
    private static final int XLS_ROWS = 65_535;
    private static final List<String> FORMATS = List.of("csv", "xlsx", "xls");

    NightOptions {
        formats = List.copyOf(formats);
        require(rows > 0, "--rows must be at least 1");
        require(sheets > 0 && sheets <= rows, "--sheets must be between 1 and the rows");
        require(laterRows >= 0, "--later-rows must not be negative");
        require(!formats.isEmpty() && FORMATS.containsAll(formats) && formats.stream().distinct().count()
                == formats.size(), "--formats takes csv, xlsx and xls, each once");
        require(badShare >= 0 && repeatShare >= 0 && badShare + repeatShare <= 1,
                "--bad-share and --repeat-share are shares of the rows between 0 and 1 (0.02 is 2%)");
        require(!formats.contains("xls") || Math.max(rowsOf(rows, sheets, sheets), laterRows) <= XLS_ROWS,
                "an .xls sheet holds at most " + XLS_ROWS + " rows: add --sheets so that each has fewer");
    }

    /** The options of the command line; {@code --rows} and {@code --out} are required. */
    static NightOptions parse(String... args) {
        Integer rows = null;
        Long seed = null;
        Path out = null;
        List<String> formats = List.of("csv", "xlsx");
        int sheets = 1;
        int laterRows = 0;
        double badShare = 0.02;
        double repeatShare = 0.01;
        boolean orderedIds = false;
        boolean sharedStrings = false;
        Path nextNightOf = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            boolean flag = option.equals("--ordered-ids") || option.equals("--shared-strings");
            require(flag || i + 1 < args.length, option + " needs a value. " + USAGE);
            switch (option) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--formats" -> formats = List.of(args[++i].split(","));
                case "--sheets" -> sheets = Integer.parseInt(args[++i]);
                case "--later-rows" -> laterRows = Integer.parseInt(args[++i]);
                case "--bad-share" -> badShare = Double.parseDouble(args[++i]);
                case "--repeat-share" -> repeatShare = Double.parseDouble(args[++i]);
                case "--ordered-ids" -> orderedIds = true;
                case "--shared-strings" -> sharedStrings = true;
                case "--next-night-of" -> nextNightOf = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + option + ". " + USAGE);
            }
        }
        require(rows != null && out != null, "--rows and --out are required. " + USAGE);
        require(nextNightOf == null || (seed == null && !orderedIds),
                "a next night takes --seed and --ordered-ids from the earlier night: leave them out");
        return new NightOptions(rows, seed == null ? DEFAULT_SEED : seed, out, formats, sheets, laterRows, badShare,
                repeatShare, orderedIds, sharedStrings, nextNightOf);
    }

    /** The options the night in {@code dir} was drawn with, from its {@value #MANIFEST}, to draw it again. */
    static NightOptions read(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " holds no " + MANIFEST + ": give a folder the generator wrote");
        }
        Properties night = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            night.load(reader);
        }
        require(night.getProperty("next-night-of") == null,
                dir + " is itself a next night: give the first night's folder");
        return new NightOptions(Integer.parseInt(night.getProperty("rows")), Long.parseLong(night.getProperty("seed")),
                dir, List.of("csv"), Integer.parseInt(night.getProperty("sheets")),
                Integer.parseInt(night.getProperty("later-rows")), Double.parseDouble(night.getProperty("bad-share")),
                Double.parseDouble(night.getProperty("repeat-share")),
                Boolean.parseBoolean(night.getProperty("ordered-ids")), false, null);
    }

    /** Writes the options the rows were drawn with (no timestamp, so the same night gives the same bytes). */
    void write(Path file) throws IOException {
        String earlier = nextNightOf == null ? ""
                : "next-night-of=" + nextNightOf.toString().replace("\\", "\\\\") + "\n";
        Files.writeString(file, "# the options these rows were drawn with: --next-night-of reads them\n"
                + "rows=" + rows + "\n"
                + "seed=" + seed + "\n"
                + "sheets=" + sheets + "\n"
                + "later-rows=" + laterRows + "\n"
                + "bad-share=" + badShare + "\n"
                + "repeat-share=" + repeatShare + "\n"
                + "ordered-ids=" + orderedIds + "\n"
                + earlier, StandardCharsets.UTF_8);
    }

    /** These options for the night after {@code first}: its seed and its order of student ids. */
    NightOptions following(NightOptions first) {
        return new NightOptions(rows, first.seed(), out, formats, sheets, laterRows, badShare, repeatShare,
                first.orderedIds(), sharedStrings, nextNightOf);
    }

    /** The rows of sheet {@code part} (from 1): the night split evenly, the last sheet taking what is left. */
    int rowsOf(int part) {
        return rowsOf(rows, sheets, part);
    }

    private static int rowsOf(int rows, int sheets, int part) {
        int each = rows / sheets;
        return part < sheets ? each : rows - each * (sheets - 1);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
