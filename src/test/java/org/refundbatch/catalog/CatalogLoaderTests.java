package org.refundbatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.policy.AcademicYear;
import org.refundbatch.policy.CourseUnit;
import org.refundbatch.policy.MicroCredential;
import org.refundbatch.policy.Semester;

/** The catalogue file of DESIGN §2.2: one row per course unit, refused whole when any row is wrong. */
class CatalogLoaderTests {

    private static final String HEADER = "academic_year;micro_credential;micro_credential_name;fixed_fee;"
            + "tuition_per_credit;course_unit;course_unit_name;credits;semester";
    private static final AcademicYear Y2024 = new AcademicYear(2024);
    private static final AcademicYear Y2025 = new AcademicYear(2025);

    @TempDir
    Path dir;

    private final CatalogLoader loader = new CatalogLoader();

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("catalog.csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Nested
    class ValidCatalogue {

        private Catalog load() throws IOException {
            return loader.load(write(HEADER,
                    "2024-2025;MC-DATA;Data literacy;288;13,80;DL-1;Statistics;6;1",
                    "2024-2025;MC-DATA;Data literacy;288;13,80;DL-2;Visualisation;2,5;2",
                    "",
                    "2024-2025;MC-DATA;Data literacy;288;13,80;DL-J;Project;3;J",
                    "2025-2026;mc-data;Data literacy;300;14.00;DL-1;Statistics;6;1",
                    "2025-26;MC-LAW;Contract law;0;20;LAW-Y;Contracts;4;jaar"));
        }

        @Test
        void groupsTheRowsPerMicroCredentialAndYear() throws IOException {
            Catalog catalog = load();

            assertThat(catalog.size()).isEqualTo(3);
            assertThat(catalog.microCredentials()).extracting(MicroCredential::code, MicroCredential::year)
                    .containsExactlyInAnyOrder(
                            tuple("MC-DATA", Y2024),
                            tuple("mc-data", Y2025),
                            tuple("MC-LAW", Y2025));
        }

        @Test
        void readsUnitsWithTheirDecimalCreditsAndSemesters() throws IOException {
            MicroCredential data = load().find("MC-DATA", Y2024).orElseThrow();

            assertThat(data.name()).isEqualTo("Data literacy");
            assertThat(data.courseUnits()).extracting(CourseUnit::code).containsExactly("DL-1", "DL-2", "DL-J");
            assertThat(data.courseUnits()).extracting(CourseUnit::name)
                    .containsExactly("Statistics", "Visualisation", "Project");
            assertThat(data.courseUnits()).extracting(CourseUnit::semester)
                    .containsExactly(Semester.FIRST, Semester.SECOND, Semester.YEAR);
            assertThat(data.courseUnits().get(1).credits()).isEqualByComparingTo("2.5");
        }

        @Test
        void pricesEachMicroCredentialAtItsOwnRate() throws IOException {
            Catalog catalog = load();

            // 288 + 6 × 13.80 + 2.5 × 13.80 + 3 × 13.80 = 288 + 82.80 + 34.50 + 41.40
            assertThat(catalog.find("MC-DATA", Y2024).orElseThrow().registrationFee())
                    .isEqualTo(new BigDecimal("446.70"));
            // 300 + 6 × 14.00
            assertThat(catalog.find("MC-DATA", Y2025).orElseThrow().registrationFee())
                    .isEqualTo(new BigDecimal("384.00"));
            // 0 + 4 × 20, no fixed fee
            MicroCredential law = catalog.find("MC-LAW", Y2025).orElseThrow();
            assertThat(law.fixedFee()).isEqualTo(new BigDecimal("0.00"));
            assertThat(law.registrationFee()).isEqualTo(new BigDecimal("80.00"));
            assertThat(law.courseUnits().get(0).semester()).isEqualTo(Semester.YEAR);
        }

        @Test
        void findsCodesInAnyCaseButOnlyInTheirYear() throws IOException {
            Catalog catalog = load();

            assertThat(catalog.find("mc-data", Y2024)).isPresent();
            assertThat(catalog.find(" Mc-Law ", Y2025)).isPresent();
            assertThat(catalog.find("MC-LAW", Y2024)).isEmpty();
            assertThat(catalog.find("MC-UNKNOWN", Y2024)).isEmpty();
        }

        @Test
        void readsACommaSeparatedFileWithQuotesAndHeadersInAnyCase() throws IOException {
            Catalog catalog = loader.load(write(
                    "Academic Year,Micro-Credential,Micro Credential Name,Fixed_Fee,Tuition per credit,"
                            + "COURSE_UNIT,Course unit name,Credits,Semester,Remarks",
                    "2024-2025,MC-AI,\"AI, ethics and law\",288,13.80,AI-2,\"Ethics, in practice\",5,2,new"));

            MicroCredential ai = catalog.find("MC-AI", Y2024).orElseThrow();
            assertThat(ai.name()).isEqualTo("AI, ethics and law");
            assertThat(ai.courseUnits().get(0).name()).isEqualTo("Ethics, in practice");
            assertThat(ai.onlySecondSemester()).isTrue();
            assertThat(ai.registrationFee()).isEqualTo(new BigDecimal("357.00"));
        }
    }

    @Nested
    class AsExcelSavesIt {

        private static final String ROW =
                "2024-2025;MC-FR;Fran\u00e7ais acad\u00e9mique;288;13,80;FR-1;R\u00e9daction;6;1";

        @Test
        void readsCsvUtf8WithAByteOrderMark() throws IOException {
            Path file = dir.resolve("catalog.csv");
            Files.write(file, ("\ufeff" + HEADER + "\r\n" + ROW + "\r\n").getBytes(StandardCharsets.UTF_8));

            MicroCredential fr = loader.load(file).find("MC-FR", Y2024).orElseThrow();
            assertThat(fr.name()).isEqualTo("Fran\u00e7ais acad\u00e9mique");
        }

        @Test
        void readsWindows1252() throws IOException {
            Path file = dir.resolve("catalog.csv");
            Files.write(file, (HEADER + "\r\n" + ROW + "\r\n").getBytes("windows-1252"));

            MicroCredential fr = loader.load(file).find("MC-FR", Y2024).orElseThrow();
            assertThat(fr.name()).isEqualTo("Fran\u00e7ais acad\u00e9mique");
            assertThat(fr.courseUnits().get(0).name()).isEqualTo("R\u00e9daction");
        }
    }

    @Nested
    class InvalidCatalogue {

        private ThrowableAssertAlternative<InvalidCatalogException> loading(String... lines) throws IOException {
            Path file = write(lines);
            return assertThatExceptionOfType(InvalidCatalogException.class).isThrownBy(() -> loader.load(file))
                    .withMessageContaining("catalog.csv");
        }

        @Test
        void refusesAFixedFeeThatDiffersWithinAMicroCredentialAndYear() throws IOException {
            loading(HEADER,
                    "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;1",
                    "2024-2025;MC-DATA;Data;300;13.80;DL-2;Visualisation;3;2")
                    .withMessageContaining("row 3, column fixed_fee")
                    .withMessageContaining("300").withMessageContaining("288").withMessageContaining("row 2");
        }

        @Test
        void refusesATuitionPerCreditThatDiffersWithinAMicroCredentialAndYear() throws IOException {
            loading(HEADER,
                    "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;1",
                    "2024-2025;MC-DATA;Data;288;13.80;DL-2;Visualisation;3;2",
                    "2024-2025;MC-DATA;Data;288;14.00;DL-3;Project;3;2")
                    .withMessageContaining("row 4, column tuition_per_credit")
                    .withMessageContaining("14.00").withMessageContaining("13.80");
        }

        @Test
        void acceptsADifferentRateForTheSameCodeInAnotherYear() throws IOException {
            Catalog catalog = loader.load(write(HEADER,
                    "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;1",
                    "2025-2026;MC-DATA;Data;300;14.00;DL-1;Statistics;6;1"));

            assertThat(catalog.size()).isEqualTo(2);
        }

        @Test
        void refusesAnUnknownSemester() throws IOException {
            loading(HEADER, "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;3")
                    .withMessageContaining("row 2, column semester: '3' is not a semester");
        }

        @Test
        void refusesCreditsThatAreNotANumber() throws IOException {
            loading(HEADER, "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;abc;1")
                    .withMessageContaining("row 2, column credits: 'abc' is not a number");
        }

        @Test
        void refusesATuitionPerCreditBelowACent() throws IOException {
            loading(HEADER, "2024-2025;MC-DATA;Data;288;12,345;DL-1;Statistics;6;1")
                    .withMessageContaining("row 2, column tuition_per_credit: '12,345' has more than two decimals");
        }

        @Test
        void refusesCreditsWithTwoDecimals() throws IOException {
            loading(HEADER, "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;2,55;1")
                    .withMessageContaining("row 2, column credits: '2,55'")
                    .withMessageContaining("one decimal at most");
        }

        @Test
        void refusesAMissingColumnAndNamesIt() throws IOException {
            loading("academic_year;micro_credential;micro_credential_name;fixed_fee;tuition_per_credit;"
                            + "course_unit;course_unit_name;credits",
                    "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6")
                    .withMessageContaining("row 1: missing column(s) semester");
        }

        @Test
        void refusesAMissingValueAndNamesItsColumn() throws IOException {
            loading(HEADER, "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;;2")
                    .withMessageContaining("row 2, column credits: missing value");
        }

        @Test
        void refusesTheSameCourseUnitTwiceInAMicroCredential() throws IOException {
            loading(HEADER,
                    "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;1",
                    "2024-2025;MC-DATA;Data;288;13.80;dl-1;Statistics again;3;2")
                    .withMessageContaining("row 3, column course_unit: dl-1 appears twice in MC-DATA 2024-2025");
        }

        @Test
        void refusesAnEmptyFile() throws IOException {
            loading("").withMessageContaining("the file is empty");
        }

        @Test
        void refusesAHeaderWithoutCourseUnits() throws IOException {
            loading(HEADER).withMessageContaining("no course units");
        }

        @Test
        void refusesAFileThatDoesNotExist() {
            Path missing = dir.resolve("catalog.csv");
            assertThatExceptionOfType(InvalidCatalogException.class).isThrownBy(() -> loader.load(missing))
                    .withMessageContaining("catalog.csv").withMessageContaining("does not exist");
        }

        @Test
        void countsRowsAsASpreadsheetProgramShowsThemAcrossBlankLines() throws IOException {
            loading(HEADER, "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;1", "", "",
                    "2024-2025;MC-DATA;Data;288;13.80;DL-2;Visualisation;3;X")
                    .withMessageContaining("row 5, column semester");
        }

        @Test
        void reportsEveryProblemAtOnce() throws IOException {
            loading(HEADER,
                    "2024-2025;MC-DATA;Data;288;13.80;DL-1;Statistics;6;3",
                    "2024-2028;MC-DATA;Data;288;13.80;DL-2;Visualisation;3;2",
                    "2024-2025;MC-DATA;Data;288;13.80;DL-3;Project;abc;2",
                    "2024-2025;;Data;288;13.80;DL-4;Lab;3;2",
                    "2024-2025;MC-DATA;Data;-1;13.80;DL-5;Seminar;3;2")
                    .satisfies(e -> assertThat(e.problems()).hasSize(5))
                    .withMessageContaining("row 2, column semester")
                    .withMessageContaining("row 3, column academic_year")
                    .withMessageContaining("row 4, column credits")
                    .withMessageContaining("row 5, column micro_credential: missing value")
                    .withMessageContaining("row 6, column fixed_fee");
        }
    }
}
