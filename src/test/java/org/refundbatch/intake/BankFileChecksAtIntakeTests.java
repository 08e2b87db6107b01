package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refundbatch.catalog.Catalog;
import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.ledger.Column;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.policy.CutOffCalendar;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundPolicy;
import org.refundbatch.policy.RefundStatus;
import org.refundbatch.sheet.SheetCell;

/** A row the bank file could not carry is rejected or held at intake, never found at export (DESIGN §7). */
class BankFileChecksAtIntakeTests {

    static final Catalog CATALOG = new CatalogLoader().load(Path.of("input-samples/catalog.csv"));
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    static WithdrawalAssessor assessor(Pain001Version version) {
        return new WithdrawalAssessor(CATALOG, new RefundPolicy(CutOffCalendar.defaults()), RUN_DATE, version);
    }

    /** A withdrawal of MC-DATA 2026-2027 on 15 October 2026: a FULL refund of 495.00. */
    static WithdrawalRow row(String lastName, String firstName, String iban, String bic) {
        Map<Column, SheetCell> cells = new EnumMap<>(Column.class);
        cells.put(Column.STUDENT_ID, SheetCell.text("0123456"));
        cells.put(Column.LAST_NAME, SheetCell.text(lastName));
        cells.put(Column.FIRST_NAME, SheetCell.text(firstName));
        cells.put(Column.MICRO_CREDENTIAL, SheetCell.text("MC-DATA"));
        cells.put(Column.ACADEMIC_YEAR, SheetCell.text("2026-2027"));
        cells.put(Column.WITHDRAWAL_DATE, SheetCell.text("2026-10-15"));
        cells.put(Column.IBAN, SheetCell.text(iban));
        cells.put(Column.BIC, SheetCell.text(bic));
        return new WithdrawalRow("withdrawals-nov.xlsx", 1, 7, cells);
    }

    static RefundRecord refunded(IntakeOutcome outcome) {
        assertThat(outcome).isInstanceOf(IntakeOutcome.Refunded.class);
        return ((IntakeOutcome.Refunded) outcome).refund();
    }

    static RejectRecord rejected(IntakeOutcome outcome) {
        assertThat(outcome).isInstanceOf(IntakeOutcome.Rejected.class);
        return ((IntakeOutcome.Rejected) outcome).reject();
    }

    @Nested
    class Names {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"Иванов, Иван", "王, 伟", "Ψαλίδας, Γιώργος", "Dupré, Renée"})
        void acceptsANameInAnyScriptWithAStandardTransliteration(String lastName, String firstName) {
            RefundRecord refund = refunded(assessor(Pain001Version.PAIN_001_001_09)
                    .assess(row(lastName, firstName, "BE68539007547034", "")));

            assertThat(refund.lastName()).isEqualTo(lastName);
            assertThat(refund.firstName()).isEqualTo(firstName);
            assertThat(refund.status()).isEqualTo(RefundStatus.PAYABLE);
            assertThat(refund.refundAmount()).isEqualByComparingTo("495.00");
        }

        @Test
        void rejectsALastNameOfOnlyEmojiNamingFileRowColumnAndValue() {
            RejectRecord reject = rejected(assessor(Pain001Version.PAIN_001_001_09)
                    .assess(row("😀🎉", "Jan", "BE68539007547034", "")));

            assertThat(reject.sourceFile()).isEqualTo("withdrawals-nov.xlsx");
            assertThat(reject.sourceRow()).isEqualTo(7);
            assertThat(reject.column()).isEqualTo("last_name");
            assertThat(reject.value()).isEqualTo("😀🎉");
            assertThat(reject.reason()).isEqualTo("'😀🎉' has no letter that a bank transfer can carry: write the last"
                    + " name in Latin letters");
        }

        @Test
        void rejectsAFirstNameOfOnlySymbols() {
            RejectRecord reject = rejected(assessor(Pain001Version.PAIN_001_001_09)
                    .assess(row("Peeters", "★ ☆ #", "BE68539007547034", "")));

            assertThat(reject.column()).isEqualTo("first_name");
            assertThat(reject.reason()).isEqualTo("'★ ☆ #' has no letter that a bank transfer can carry: write the"
                    + " first name in Latin letters");
        }
    }

    @Nested
    class AccountsOutsideSepa {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"TR33 0006 1005 1978 6457 8413 26, TR330006100519786457841326",
                "BR18 0036 0305 0000 1000 9795 493C 1, BR1800360305000010009795493C1",
                "FO62 6460 0001 6316 34, FO6264600001631634"})
        void holdsTheRefundWithTheReasonAndKeepsTheAccount(String typed, String iban) {
            RefundRecord refund = refunded(assessor(Pain001Version.PAIN_001_001_09)
                    .assess(row("Yilmaz", "Ayse", typed, "")));

            assertThat(refund.status()).isEqualTo(RefundStatus.ON_HOLD);
            assertThat(refund.holdReason()).isEqualTo("account outside SEPA: pay by other means")
                    .isEqualTo(HoldReason.OUTSIDE_SEPA.text());
            assertThat(refund.iban()).isEqualTo(iban);
            assertThat(refund.refundAmount()).isEqualTo(new BigDecimal("495.00"));
        }

        @Test
        void holdsARefundWithoutAnIbanForThatReason() {
            RefundRecord refund = refunded(assessor(Pain001Version.PAIN_001_001_09).assess(row("Peeters", "An", "", "")));

            assertThat(refund.status()).isEqualTo(RefundStatus.ON_HOLD);
            assertThat(refund.holdReason()).isEqualTo("no IBAN: ask the student for an account");
        }

        @Test
        void paysASepaAccountWithoutAHoldReason() {
            RefundRecord refund = refunded(assessor(Pain001Version.PAIN_001_001_09)
                    .assess(row("Peeters", "An", "CH93 0076 2011 6238 5295 7", "")));

            assertThat(refund.status()).isEqualTo(RefundStatus.PAYABLE);
            assertThat(refund.holdReason()).isNull();
        }
    }

    @Nested
    class Bics {

        @Test
        void rejectsABicThatPain00100103CannotCarry() {
            RejectRecord reject = rejected(assessor(Pain001Version.PAIN_001_001_03)
                    .assess(row("Peeters", "An", "BE68539007547034", "GKCC BE 1B")));

            assertThat(reject.column()).isEqualTo("bic");
            assertThat(reject.value()).isEqualTo("GKCC BE 1B");
            assertThat(reject.reason()).isEqualTo("'GKCC BE 1B' is a BIC that the bank file (pain.001.001.03) cannot"
                    + " carry; check it with the student's bank, or leave it empty: within SEPA the IBAN is enough");
        }

        @Test
        void acceptsTheSameBicForPain00100109() {
            RefundRecord refund = refunded(assessor(Pain001Version.PAIN_001_001_09)
                    .assess(row("Peeters", "An", "BE68539007547034", "GKCC BE 1B")));

            assertThat(refund.bic()).isEqualTo("GKCCBE1B");
            assertThat(refund.status()).isEqualTo(RefundStatus.PAYABLE);
        }
    }
}
