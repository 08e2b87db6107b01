package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A sheet that releases a refund on hold in an early chunk, then turns out damaged further down (DESIGN §7 and
 * §8): the file is rejected whole, so the release is taken back with it — the refund is on hold again, with no
 * payment, no event and no transfer of that night — and the file, corrected, releases it the next night.
 */
@SpringBatchTest
@DirtiesContext
@DatabaseTest
@SpringBootTest(properties = {"refund.runner.enabled=false", "refund.chunk-size=2"})
class DamagedReleaseIntegrationTests {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);
    static final String HELD = "R20261130-001-0000002";
    static final String IBAN = "BE71096123456769";

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;

    static String row(String student, String iban) {
        return student + ";Claes;Lotte;MC-DATA;2026-2027;2026-10-01;;" + iban + ";L-" + student;
    }

    @Test
    void aReleaseInADamagedSheetIsTakenBackWithItAndMadeWhenTheSheetComesBackCorrected() throws Exception {
        LifecycleNights nights = new LifecycleNights(home, jdbc, jobs);
        nights.reset();
        nights.sheet("week1.csv", row("2000001", ""));
        nights.night(NOV_30);
        assertThat(nights.state(HELD)).isEqualTo("ON_HOLD");

        String good = String.join("\n", LifecycleNights.HEADER, row("2000001", "BE71 0961 2345 6769"),
                row("2000002", IBAN), row("2000003", IBAN), row("2000004", IBAN), row("2000005", IBAN));
        Path inbox = home.resolve("inbox");
        Files.writeString(inbox.resolve("week2.csv"), good + "\n2000006;\"Claes;Lotte;MC-DATA;2026-2027\n",
                StandardCharsets.UTF_8);
        nights.night(DEC_1);

        assertThat(nights.state(HELD)).as("the release went with its damaged sheet").isEqualTo("ON_HOLD");
        assertThat(nights.payments(HELD)).isEmpty();
        assertThat(nights.events(HELD)).containsExactly(">ON_HOLD 2026-11-30 week1.csv:2");
        assertThat(nights.transfers(DEC_1)).isEmpty();
        assertThat(nights.csv("rejected", DEC_1).rows()).extracting(r -> r.get("source_file"), r -> r.get("source_row"))
                .containsExactly(tuple("week2.csv", ""));
        assertThat(nights.csv("open-items", DEC_1).rows()).extracting(r -> r.get("refund_id"), r -> r.get("state"))
                .containsExactly(tuple(HELD, "ON_HOLD"));

        Files.writeString(inbox.resolve("week2.csv"), good + "\n", StandardCharsets.UTF_8);
        nights.night(DEC_2);

        assertThat(nights.state(HELD)).isEqualTo("SENT");
        assertThat(nights.payments(HELD)).containsExactly("1 2026-12-02 " + HELD + " 495.00 " + IBAN);
        assertThat(nights.transfers(DEC_2)).hasSize(5).contains(HELD + " 495.00 " + IBAN);
    }
}
