package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DebtorTests {

    @Test
    void bindsFromRefundDebtorSettingsAndCompactsTheCodes() {
        var settings = new MapConfigurationPropertySource(Map.of(
                "refund.debtor.name", "Universiteit Antwerpen",
                "refund.debtor.iban", "be68 5390 0754 7034",
                "refund.debtor.bic", "gebabebb",
                "refund.debtor.initiating-party-id", "0257307775"));

        Debtor debtor = new Binder(settings).bind("refund.debtor", Debtor.class).get();

        assertThat(debtor).isEqualTo(new Debtor("Universiteit Antwerpen", "BE68539007547034", "GEBABEBB",
                "0257307775"));
    }

    @Test
    void leavesOutABlankBicAndInitiatingPartyId() {
        Debtor debtor = new Debtor("Universiteit Antwerpen", "BE68539007547034", "", " ");

        assertThat(debtor.bic()).isNull();
        assertThat(debtor.initiatingPartyId()).isNull();
    }
}
