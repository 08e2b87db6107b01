package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RefundStateTests {

    @Nested
    class Transitions {

        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @CsvSource(textBlock = """
                NOTHING_DUE, PAYABLE,  false
                NOTHING_DUE, SENT,     false
                ON_HOLD,     PAYABLE,  true
                ON_HOLD,     SENT,     false
                ON_HOLD,     RETURNED, false
                PAYABLE,     SENT,     true
                PAYABLE,     SETTLED,  false
                PAYABLE,     RETURNED, false
                SENT,        SETTLED,  true
                SENT,        RETURNED, true
                SENT,        PAYABLE,  false
                SETTLED,     RETURNED, true
                SETTLED,     PAYABLE,  false
                SETTLED,     SENT,     false
                RETURNED,    PAYABLE,  true
                RETURNED,    SETTLED,  false
                RETURNED,    SENT,     false
                """)
        void allowsOnlyTheMovesOfTheLifeOfARefund(RefundState from, RefundState to, boolean allowed) {
            assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        }

        @Test
        void nothingDueIsFinal() {
            assertThat(RefundState.NOTHING_DUE.next()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(RefundState.class)
        void noStateMovesToItself(RefundState state) {
            assertThat(state.canMoveTo(state)).isFalse();
        }

        @Test
        void aForbiddenMoveNamesTheRefundAndBothStates() {
            assertThatThrownBy(() -> RefundState.PAYABLE.requireMoveTo(RefundState.RETURNED, "R20261130-001-0000002"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("refund R20261130-001-0000002 cannot move from PAYABLE to RETURNED");
        }
    }

    @Nested
    class Release {

        @ParameterizedTest(name = "{0} releasable: {1}, open item: {2}")
        @CsvSource(textBlock = """
                NOTHING_DUE, false, false
                ON_HOLD,     true,  true
                PAYABLE,     false, false
                SENT,        false, false
                SETTLED,     false, false
                RETURNED,    true,  true
                """)
        void onlyAnOnHoldOrReturnedRefundIsReleasedAndOpen(RefundState state, boolean releasable, boolean open) {
            assertThat(state.releasable()).isEqualTo(releasable);
            assertThat(state.open()).isEqualTo(open);
        }

        @ParameterizedTest(name = "decided {0} starts {1}")
        @CsvSource({"NOTHING_DUE, NOTHING_DUE", "ON_HOLD, ON_HOLD", "PAYABLE, PAYABLE"})
        void aRefundStartsInTheStatusItWasDecidedWith(RefundStatus status, RefundState state) {
            assertThat(RefundState.decided(status)).isEqualTo(state);
        }
    }

    @Nested
    class Reasons {

        @Test
        void anOnHoldRefundLacksAnIban() {
            assertThat(OpenItemReason.of(RefundState.ON_HOLD, null, null)).isEqualTo(new OpenItemReason(null, "no IBAN"));
        }

        @Test
        void aReturnedRefundKeepsTheBanksCodeAndText() {
            assertThat(OpenItemReason.of(RefundState.RETURNED, "AC04", "Closed account number"))
                    .isEqualTo(new OpenItemReason("AC04", "Closed account number"));
        }

        @Test
        void aReturnWithoutReasonSaysSo() {
            assertThat(OpenItemReason.of(RefundState.RETURNED, null, null))
                    .isEqualTo(new OpenItemReason(null, "returned by the bank, no reason given"));
        }

        @Test
        void aStateThatIsNotOpenHasNoReason() {
            assertThatThrownBy(() -> OpenItemReason.of(RefundState.SENT, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class EndToEndIds {

        @Test
        void theFirstAttemptCarriesTheRefundId() {
            assertThat(PaymentReference.endToEndId("R20261130-001-0000002", 1)).isEqualTo("R20261130-001-0000002");
        }

        @Test
        void aLaterAttemptCarriesANewReference() {
            assertThat(PaymentReference.endToEndId("R20261130-001-0000002", 2)).isEqualTo("R20261130-001-0000002-2");
            assertThat(PaymentReference.endToEndId("R20261130-001-0000002", 13)).isEqualTo("R20261130-001-0000002-13");
        }

        @Test
        void aReferenceNeverPassesThirtyFiveCharacters() {
            assertThatThrownBy(() -> PaymentReference.endToEndId("R".repeat(34), 2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 35");
        }
    }
}
