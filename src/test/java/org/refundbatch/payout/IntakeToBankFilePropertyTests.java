package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refundbatch.catalog.Catalog;
import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.ledger.Column;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.policy.CutOffCalendar;
import org.refundbatch.policy.RefundPolicy;
import org.refundbatch.policy.RefundStatus;
import org.refundbatch.sheet.SheetCell;

/**
 * Whatever names, IBANs and BICs a sheet holds, every refund the intake makes payable can be written to the bank
 * file: the writer never refuses one and the file validates against the version's XSD. Rows come from a seeded
 * {@link Random}; a failure names its seed.
 */
class IntakeToBankFilePropertyTests {

    private static final Catalog CATALOG = new CatalogLoader().load(Path.of("input-samples/catalog.csv"));
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T21:15:03Z"), ZoneId.of("Europe/Brussels"));
    private static final int ROWS = 300;

    private static final String[] NAME_PARTS = {"Peeters", "Иванов", "Щукина", "王", "伟", "山田", "やまだ", "김민준",
        "محمد", "דוד", "Ψαλίδας", "Ørsted", "Straße", "D’Hondt", "😀", "🎉", "★", "#", "&", "=1+1", "@SUM(A1)", "-",
        "'", "\"", ";", "\t", "\u00a0", "\u200b", "\u0301", "ǅ", "ﬁ", "Ⅻ", "①", "𝔄𝔟𝔠", "Ａｎ", "O'Neill", "(2)", "/",
        "//", "?", ":", "+", ".", ",", "x".repeat(80), "Ἀθῆναι", "Ḁ", "ĳ", "ŉ", "\\", "<b>", "]]>", "&amp;"};
    private static final String[] IBANS = {"BE68539007547034", "be68 5390 0754 7034", "IBAN: NL91ABNA0417164300",
        "DE89370400440532013000", "FR1420041010050500013M02606", "CH9300762011623852957", "GB29NWBK60161331926819",
        "GI75NWBK000000007099453", "TR330006100519786457841326", "BR1800360305000010009795493C1",
        "FO6264600001631634", "RS35260005601001611379", "BE00123456789012", "BE6853900754703", "XX68539007547034",
        "", "  ", "BE68 5390 0754 7O34", "=HYPERLINK(\"x\")", "١٢٣"};
    private static final String[] BICS = {"", "GKCCBEBB", "gkcc be bb", "GEBABEBBXXX", "GKCCBE1B", "GKCCBEBO",
        "1KCCBEBB", "GKCCBE0BXXX", "GKCC", "12345678", "GKCCXXBB", "COBADEFFXXX", "GKCCBEB", "ÄKCCBEBB", "GKCCBEBB😀"};

    static Stream<Arguments> seedsAndVersions() {
        long base = Long.getLong("refund.test.seed", 20261130L);
        List<Arguments> arguments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (Pain001Version version : Pain001Version.values()) {
                arguments.add(Arguments.of(base + i, version));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seedsAndVersions")
    void everyPayableRefundOfTheIntakeGoesIntoAValidBankFile(long seed, Pain001Version version, @TempDir Path outbox)
            throws Exception {
        Random random = new Random(seed);
        WithdrawalAssessor assessor = new WithdrawalAssessor(CATALOG, new RefundPolicy(CutOffCalendar.defaults()),
                RUN_DATE, version);
        List<RefundRecord> payable = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            IntakeOutcome outcome = assessor.assess(row(random, n));
            if (outcome instanceof IntakeOutcome.Refunded refunded
                    && refunded.refund().status() == RefundStatus.PAYABLE) {
                payable.add(refunded.refund());
            }
        }
        BigDecimal sum = payable.stream().map(RefundRecord::refundAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Path target = outbox.resolve(Pain001Writer.fileName(RUN_DATE));
        Pain001Writer writer = new Pain001Writer(RefundFixtures.UNIVERSITY, version, CLOCK);

        assertThat(payable).as("seed %d: payable refunds", seed).isNotEmpty();
        assertThatCode(() -> writer.write(target, new Pain001Header("RB-20261130-01", RUN_DATE.plusDays(1),
                payable.size(), sum), payable.iterator())).as("seed %d (-Drefund.test.seed=%d)", seed, seed)
                .doesNotThrowAnyException();
        assertThatCode(() -> Pain001WriterTests.validate(target, version)).as("seed %d", seed)
                .doesNotThrowAnyException();
    }

    /** A withdrawal of MC-DATA before 1 November (something to pay) with a hostile name, IBAN and BIC. */
    private static WithdrawalRow row(Random random, int n) {
        Map<Column, SheetCell> cells = new EnumMap<>(Column.class);
        cells.put(Column.STUDENT_ID, SheetCell.text(String.format("%07d", n)));
        cells.put(Column.LAST_NAME, SheetCell.text(name(random)));
        cells.put(Column.FIRST_NAME, SheetCell.text(name(random)));
        cells.put(Column.MICRO_CREDENTIAL, SheetCell.text("MC-DATA"));
        cells.put(Column.ACADEMIC_YEAR, SheetCell.text("2026-2027"));
        cells.put(Column.WITHDRAWAL_DATE, SheetCell.text("2026-10-" + (10 + random.nextInt(20))));
        cells.put(Column.AMOUNT_PAID, SheetCell.text(random.nextBoolean() ? "" : "495." + random.nextInt(10) + "0"));
        cells.put(Column.IBAN, SheetCell.text(IBANS[random.nextInt(IBANS.length)]));
        cells.put(Column.BIC, SheetCell.text(BICS[random.nextInt(BICS.length)]));
        return new WithdrawalRow("hostile.csv", 1, n + 1, cells);
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            name.append(NAME_PARTS[random.nextInt(NAME_PARTS.length)]);
            if (random.nextBoolean()) {
                name.append(' ');
            }
        }
        if (random.nextInt(4) == 0) {
            name.appendCodePoint(0x20 + random.nextInt(0x2FFF));
        }
        return name.toString();
    }
}
