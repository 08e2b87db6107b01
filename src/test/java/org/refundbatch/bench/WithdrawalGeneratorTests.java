package org.refundbatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.bench.WithdrawalGenerator.Night;
import org.refundbatch.catalog.Catalog;
import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.policy.MicroCredential;

class WithdrawalGeneratorTests {

    @TempDir
    Path folder;

    private Night generate(String... args) throws IOException {
        return WithdrawalGenerator.generate(NightOptions.parse(args));
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static List<String> studentIds(Path csv) throws IOException {
        return rows(csv).stream().map(row -> row.get("student_id")).toList();
    }

    /** The ids in the order they first appear, the blank ones (rows meant to be rejected) left out. */
    private static List<String> newStudents(Path csv) throws IOException {
        return new ArrayList<>(studentIds(csv).stream().filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Nested
    class RowsAndSheets {

        @Test
        void splitsTheNightOverItsSheetsWithTheLaterSheetLastInEveryFormat() throws Exception {
            Path out = folder.resolve("night");

            Night night = generate("--rows", "1000", "--sheets", "3", "--later-rows", "100", "--formats",
                    "csv,xlsx,xls", "--out", out.toString());

            assertThat(night.figures().rows()).isEqualTo(1100);
            for (String format : List.of("csv", "xlsx", "xls")) {
                try (Stream<Path> files = Files.list(out.resolve(format))) {
                    assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                            "withdrawals-1000-1." + format, "withdrawals-1000-2." + format,
                            "withdrawals-1000-3." + format, "withdrawals-1000-later." + format);
                }
            }
            assertThat(rows(out.resolve("csv/withdrawals-1000-1.csv"))).hasSize(333);
            assertThat(rows(out.resolve("csv/withdrawals-1000-2.csv"))).hasSize(333);
            assertThat(rows(out.resolve("csv/withdrawals-1000-3.csv"))).hasSize(334);
            assertThat(rows(out.resolve("csv/withdrawals-1000-later.csv"))).hasSize(100);
            for (Path workbook : List.of(out.resolve("xlsx/withdrawals-1000-3.xlsx"),
                    out.resolve("xls/withdrawals-1000-3.xls"))) {
                try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
                    assertThat(book.getSheetAt(0).getLastRowNum()).as(workbook.toString()).isEqualTo(334);
                }
            }
        }

        @Test
        void namesTheOneSheetOfANightForItsRows() throws Exception {
            Path out = folder.resolve("night");

            Night night = generate("--rows", "200", "--out", out.toString());

            assertThat(night.sheets()).containsExactly(out.resolve("csv/withdrawals-200.csv"),
                    out.resolve("xlsx/withdrawals-200.xlsx"));
            assertThat(rows(night.sheets().get(0))).hasSize(200);
            assertThat(out.resolve("catalog.csv")).isRegularFile();
            assertThat(out.resolve("expected.json")).isRegularFile();
            assertThat(out.resolve("night.properties")).isRegularFile();
        }

        @Test
        void namesOnlyMicroCredentialsOfACatalogueTheJobLoadsButTheUnknownOnesMeantToBeRejected() throws Exception {
            Path out = folder.resolve("night");
            generate("--rows", "3000", "--formats", "csv", "--out", out.toString());

            Catalog catalog = new CatalogLoader().load(out.resolve("catalog.csv"));

            Set<String> codes = catalog.microCredentials().stream().map(MicroCredential::code)
                    .collect(Collectors.toSet());
            Set<String> named = rows(out.resolve("csv/withdrawals-3000.csv")).stream()
                    .map(row -> row.get("micro_credential").toUpperCase(Locale.ROOT))
                    .filter(code -> !code.isEmpty()).collect(Collectors.toSet());
            assertThat(catalog.size()).isEqualTo(35);
            assertThat(named).contains("MC-ARCHIVED9");
            named.remove("MC-ARCHIVED9");
            assertThat(codes).containsAll(named);
        }

        @Test
        void refusesAnXlsSheetLongerThanTheFormatHolds() {
            assertThatThrownBy(() -> NightOptions.parse("--rows", "70000", "--formats", "xls", "--out", "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sheets");
            assertThat(NightOptions.parse("--rows", "70000", "--sheets", "2", "--formats", "xls", "--out", "x")
                    .rowsOf(2)).isEqualTo(35000);
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameOptionsAndSeedGiveTheSameBytes() throws Exception {
            String[] options = {"--rows", "600", "--sheets", "2", "--later-rows", "50", "--formats", "csv,xlsx,xls",
                "--seed", "7"};
            Path first = folder.resolve("first");
            Path second = folder.resolve("second");

            generate(withOut(options, first));
            generate(withOut(options, second));

            List<Path> files;
            try (Stream<Path> walk = Files.walk(first)) {
                files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
            }
            assertThat(files).as("catalogue, expected figures, ledger rows, options, three sheets in three formats")
                    .hasSize(4 + 3 * 3);
            for (Path file : files) {
                assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString())
                        .isEqualTo(-1L);
            }
        }

        @Test
        void anotherSeedGivesOtherRows() throws Exception {
            generate("--rows", "300", "--formats", "csv", "--seed", "1", "--out", folder.resolve("a").toString());
            generate("--rows", "300", "--formats", "csv", "--seed", "2", "--out", folder.resolve("b").toString());

            assertThat(Files.mismatch(folder.resolve("a/csv/withdrawals-300.csv"),
                    folder.resolve("b/csv/withdrawals-300.csv"))).isNotEqualTo(-1L);
        }

        private String[] withOut(String[] options, Path out) {
            List<String> all = new ArrayList<>(List.of(options));
            all.add("--out");
            all.add(out.toString());
            return all.toArray(String[]::new);
        }
    }

    @Nested
    class StudentIdOrder {

        @Test
        void newStudentsHaveEightDigitIdsInARandomOrder() throws Exception {
            Path out = folder.resolve("night");
            generate("--rows", "2000", "--formats", "csv", "--out", out.toString());

            List<String> ids = newStudents(out.resolve("csv/withdrawals-2000.csv"));

            assertThat(ids).hasSizeGreaterThan(1900).allMatch(id -> id.matches("\\d{8}"));
            int falls = 0;
            for (int i = 1; i < ids.size(); i++) {
                falls += ids.get(i).compareTo(ids.get(i - 1)) < 0 ? 1 : 0;
            }
            assertThat((double) falls / (ids.size() - 1)).isCloseTo(0.5, within(0.05));
        }

        @Test
        void orderedIdsGrowWithTheRow() throws Exception {
            Path out = folder.resolve("night");
            generate("--rows", "2000", "--formats", "csv", "--ordered-ids", "--out", out.toString());

            List<String> ids = newStudents(out.resolve("csv/withdrawals-2000.csv"));

            assertThat(ids.get(0)).isEqualTo("00000007");
            assertThat(ids).isSorted().allMatch(id -> id.matches("\\d{8}"));
        }

        @Test
        void theOrderOfTheIdsChangesNoOtherCellAndNoFigure() throws Exception {
            Path shuffled = folder.resolve("shuffled");
            Path ordered = folder.resolve("ordered");
            generate("--rows", "1500", "--formats", "csv", "--out", shuffled.toString());
            generate("--rows", "1500", "--formats", "csv", "--ordered-ids", "--out", ordered.toString());

            List<CSVRecord> a = rows(shuffled.resolve("csv/withdrawals-1500.csv"));
            List<CSVRecord> b = rows(ordered.resolve("csv/withdrawals-1500.csv"));

            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i).stream().skip(1).toList()).isEqualTo(b.get(i).stream().skip(1).toList());
            }
            assertThat(Files.mismatch(shuffled.resolve("expected.json"), ordered.resolve("expected.json")))
                    .isEqualTo(-1L);
        }
    }

    @Nested
    class Shares {

        @Test
        void badAndRepeatedRowsAreTheSharesAsked() throws Exception {
            Night night = generate("--rows", "20000", "--formats", "csv", "--bad-share", "0.05", "--repeat-share",
                    "0.02", "--out", folder.resolve("night").toString());

            ExpectedFigures figures = night.figures();
            long repeated = figures.rejects("duplicate_key") + figures.releases();
            long bad = figures.rejects() - figures.rejects("duplicate_key");
            assertThat((double) bad / figures.rows()).isCloseTo(0.05, within(0.006));
            assertThat((double) repeated / figures.rows()).isCloseTo(0.02, within(0.004));
        }

        @Test
        void noBadAndNoRepeatedRowsWhenTheSharesAreNil() throws Exception {
            Night night = generate("--rows", "3000", "--formats", "csv", "--bad-share", "0", "--repeat-share", "0",
                    "--out", folder.resolve("night").toString());

            assertThat(night.figures().rejects()).isZero();
            assertThat(night.figures().releases()).isZero();
            assertThat(night.figures().refunds()).isEqualTo(3000);
        }

        @Test
        void aboutHalfTheLaterSheetRepeatsKeysOfTheSheetsBefore() throws Exception {
            Path out = folder.resolve("night");
            generate("--rows", "2000", "--later-rows", "400", "--bad-share", "0", "--formats", "csv", "--out",
                    out.toString());

            Set<String> earlier = new HashSet<>(studentIds(out.resolve("csv/withdrawals-2000-1.csv")));
            List<String> later = studentIds(out.resolve("csv/withdrawals-2000-later.csv"));

            double repeating = (double) later.stream().filter(earlier::contains).count() / later.size();
            assertThat(repeating).isCloseTo(0.5, within(0.1));
        }
    }

    @Nested
    class NextNight {

        @Test
        void comesBackToSomeStudentsAndKeysOfTheEarlierNight() throws Exception {
            Path first = folder.resolve("first");
            Path next = folder.resolve("next");
            generate("--rows", "5000", "--formats", "csv", "--out", first.toString());

            Night night = generate("--rows", "5000", "--formats", "csv", "--next-night-of", first.toString(), "--out",
                    next.toString());

            Map<String, String> codeOf = new HashMap<>();
            for (CSVRecord row : rows(first.resolve("csv/withdrawals-5000.csv"))) {
                codeOf.putIfAbsent(row.get("student_id"), row.get("micro_credential").toUpperCase(Locale.ROOT));
            }
            codeOf.remove("");
            long sameKey = 0;
            Set<String> otherCredential = new HashSet<>();
            for (CSVRecord row : rows(next.resolve("csv/withdrawals-5000.csv"))) {
                String earlierCode = codeOf.get(row.get("student_id"));
                String code = row.get("micro_credential").toUpperCase(Locale.ROOT);
                if (earlierCode != null && earlierCode.equals(code)) {
                    sameKey++;
                } else if (earlierCode != null) {
                    otherCredential.add(row.get("student_id") + "|" + code);
                }
            }
            ExpectedFigures figures = night.figures();
            assertThat(sameKey).isEqualTo(figures.sameKeyAsEarlierNight());
            assertThat((long) otherCredential.size()).isEqualTo(figures.otherCredentialOfEarlierNight());
            assertThat((double) sameKey / figures.rows()).isCloseTo(0.02, within(0.008));
            assertThat((double) otherCredential.size() / figures.rows()).isCloseTo(0.03, within(0.01));
            assertThat(figures.rejects("duplicate_key")).isGreaterThanOrEqualTo(sameKey);
            assertThat(Files.mismatch(first.resolve("catalog.csv"), next.resolve("catalog.csv"))).isEqualTo(-1L);
            assertThat(Files.readString(next.resolve("expected.json"))).contains("\"run_date\": \"2027-09-01\"");
        }

        @Test
        void refusesANightItsOptionsDoNotDraw() throws Exception {
            Path first = folder.resolve("first");
            generate("--rows", "300", "--formats", "csv", "--out", first.toString());
            Files.writeString(first.resolve("night.properties"),
                    Files.readString(first.resolve("night.properties")).replace("seed=20261130", "seed=1"));

            assertThatThrownBy(() -> generate("--rows", "300", "--next-night-of", first.toString(), "--out",
                    folder.resolve("next").toString())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("expected.json");
        }
    }
}
