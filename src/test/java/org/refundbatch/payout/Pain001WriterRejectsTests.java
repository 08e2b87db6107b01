package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refundbatch.payout.Pain001WriterTests.CLOCK;
import static org.refundbatch.payout.Pain001WriterTests.header;
import static org.refundbatch.payout.RefundFixtures.UNIVERSITY;
import static org.refundbatch.payout.RefundFixtures.payable;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

/** Whatever the bank would refuse never reaches the outbox: the writer throws and leaves no file. */
class Pain001WriterRejectsTests {

    static final String IBAN = "BE68539007547034";

    @TempDir
    Path outbox;
    Path target;

    @BeforeEach
    void anEarlierAttemptLeftAFile() throws IOException {
        target = outbox.resolve("reimbursements-2026-11-30.xml");
        Files.writeString(target, "an earlier attempt");
    }

    @Test
    void aControlSumThatDoesNotMatchTheRefunds() {
        List<RefundRecord> refunds = List.of(payable("R1", "Peeters", "An", "100.00", IBAN, null),
                payable("R2", "Janssens", "Tom", "50.10", IBAN, null));

        assertRefused(header(2, "150.00"), refunds, "add up to 2 transactions of 150.10 EUR");
    }

    @Test
    void fewerRefundsThanTheHeaderAnnounces() {
        assertRefused(header(2, "100.00"), List.of(payable("R1", "Peeters", "An", "100.00", IBAN, null)),
                "1 transactions of 100.00 EUR, but the header says NbOfTxs 2");
    }

    @Test
    void moreRefundsThanTheHeaderAnnounces() {
        List<RefundRecord> refunds = List.of(payable("R1", "Peeters", "An", "100.00", IBAN, null),
                payable("R2", "Janssens", "Tom", "50.10", IBAN, null));

        assertRefused(header(1, "100.00"), refunds, "the extra one is R2");
    }

    @Test
    void refundsWhenTheHeaderAnnouncesNone() {
        assertRefused(header(0, "0"), List.of(payable("R1", "Peeters", "An", "100.00", IBAN, null)),
                "announces no payment");
    }

    @Test
    void anAmountWithThreeDecimals() {
        assertRefused(header(1, "10.12"), List.of(payable("R1", "Peeters", "An", "10.125", IBAN, null)),
                "10.125 has more than two decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5.00", "1000000000.00"})
    void anAmountOutsideTheSepaRange(String amount) {
        assertRefused(header(1, "1.00"), List.of(payable("R1", "Peeters", "An", amount, IBAN, null)),
                "outside the SEPA range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE68539007547035", "BE6853900754703", "XX68539007547034", "not an iban"})
    void anInvalidIban(String iban) {
        assertRefused(header(1, "10.00"), List.of(payable("R1", "Peeters", "An", "10.00", iban, null)),
                "refund R1: its IBAN is not valid");
    }

    /** A bank-file error goes to the log: it names the refund, not the student's account or name. */
    @Test
    void namesTheRefundButNeitherTheAccountNorTheStudent() {
        Pain001Writer writer = new Pain001Writer(UNIVERSITY, CLOCK);

        assertThatThrownBy(() -> writer.write(target, header(1, "10.00"),
                List.of(payable("R1", "Peeters", "An", "10.00", "BE68539007547035", null)).iterator()))
                .hasMessageContaining("R1").hasMessageNotContaining("BE68").hasMessageNotContaining("539007547035")
                .hasMessageNotContaining("Peeters");
        assertThatThrownBy(() -> writer.write(target, header(1, "10.00"),
                List.of(payable("R2", "😀 #", "★", "10.00", IBAN, null)).iterator()))
                .hasMessageContaining("R2").hasMessageNotContaining("😀").hasMessageNotContaining("★");
    }

    @Test
    void aMissingIban() {
        assertRefused(header(1, "10.00"), List.of(payable("R1", "Peeters", "An", "10.00", null, null)),
                "has no IBAN");
    }

    @Test
    void anInvalidBic() {
        assertRefused(header(1, "10.00"), List.of(payable("R1", "Peeters", "An", "10.00", IBAN, "GEBA1")),
                "BIC 'GEBA1' is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"R-é1", "R&1", "/R1", "R1/", "R//1", "R12345678901234567890123456789012345"})
    void aRefundIdOutsideTheSepaIdentifierRules(String id) {
        assertRefused(header(1, "10.00"), List.of(payable(id, "Peeters", "An", "10.00", IBAN, null)),
                "refund id");
    }

    @Test
    void aNameWithoutAnySepaLetter() {
        assertRefused(header(1, "10.00"), List.of(payable("R1", "😀", "★ #", "10.00", IBAN, null)),
                "refund R1: the student's name has no letter of the SEPA character set");
    }

    @Test
    void aRefundThatIsNotPayable() {
        RefundRecord onHold = RefundFixtures.refund("R1", "Peeters", "An", RefundRule.FULL, new BigDecimal("10.00"),
                RefundStatus.ON_HOLD, null, null);

        assertRefused(header(1, "10.00"), List.of(onHold), "has status ON_HOLD");
    }

    @Test
    void aFailureAfterManyTransactionsLeavesNoFileEither() {
        List<RefundRecord> refunds = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            refunds.add(payable("R" + i, "Peeters", "An", "10.00", IBAN, null));
        }
        refunds.add(payable("R501", "Peeters", "An", "10.00", "BE00539007547034", null));

        assertRefused(header(501, "5010.00"), refunds, "R501");
    }

    @Test
    void aMessageIdOutsideTheSepaIdentifierRules() {
        assertThatThrownBy(() -> new Pain001Header("RB 2026/11/30 — run", Pain001WriterTests.EXECUTION, 1,
                BigDecimal.TEN)).isInstanceOf(Pain001Exception.class).hasMessageContaining("message id");
        assertThatThrownBy(() -> new Pain001Header("R".repeat(36), Pain001WriterTests.EXECUTION, 1,
                BigDecimal.TEN)).isInstanceOf(Pain001Exception.class).hasMessageContaining("1 to 35");
    }

    @Test
    void aDebtorThatTheBankWouldRefuse() {
        assertThatThrownBy(() -> new Debtor("Universiteit Antwerpen", "BE68539007547035", null, null))
                .hasMessageContaining("refund.debtor.iban");
        assertThatThrownBy(() -> new Debtor(" ", "BE68539007547034", null, null))
                .hasMessageContaining("refund.debtor.name");
        assertThatThrownBy(() -> new Debtor("Université d'Anvers", "BE68539007547034", null, null))
                .hasMessageContaining("refund.debtor.name");
        assertThatThrownBy(() -> new Debtor("Universiteit Antwerpen", "BE68539007547034", "XXXXBEBB1", null))
                .hasMessageContaining("refund.debtor.bic");
    }

    private void assertRefused(Pain001Header header, List<RefundRecord> refunds, String reason) {
        Pain001Writer writer = new Pain001Writer(UNIVERSITY, CLOCK);

        assertThatThrownBy(() -> writer.write(target, header, refunds.iterator()))
                .isInstanceOf(Pain001Exception.class)
                .hasMessageContaining(reason);
        assertThat(outbox).isEmptyDirectory();
    }
}
