package org.refundbatch.payout;

import org.iban4j.Iban4jException;
import org.refundbatch.policy.Bic;
import org.refundbatch.policy.Iban;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The university's account the refunds are paid from ({@code refund.debtor.*}).
 *
 * @param name the account holder as the bank knows it, at most 70 characters in the SEPA character set
 * @param iban the account, spaces allowed
 * @param bic the bank's BIC, or blank: the file then says {@code NOTPROVIDED}, as SEPA allows
 * @param initiatingPartyId the identification the bank gave the university (e.g. its enterprise number), or blank
 */
@ConfigurationProperties("refund.debtor")
public record Debtor(String name, String iban, String bic, String initiatingPartyId) {

    public Debtor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("refund.debtor.name is missing: set the account holder's name");
        }
        name = name.strip();
        if (name.length() > 70 || !SepaText.isSepa(name)) {
            throw new IllegalArgumentException("refund.debtor.name '" + name + "' must be at most 70 characters of"
                    + " a-z A-Z 0-9 / - ? : ( ) . , ' + and space");
        }
        if (iban == null || iban.isBlank()) {
            throw new IllegalArgumentException("refund.debtor.iban is missing: set the account refunds are paid from");
        }
        try {
            iban = Iban.of(iban).electronic();
        } catch (Iban4jException e) {
            throw new IllegalArgumentException("refund.debtor.iban '" + Iban.compact(iban) + "' is not a valid IBAN: "
                    + e.getMessage(), e);
        }
        if (bic == null || bic.isBlank()) {
            bic = null;
        } else {
            try {
                bic = Bic.of(bic).electronic();
            } catch (Iban4jException e) {
                throw new IllegalArgumentException("refund.debtor.bic '" + Bic.compact(bic) + "' is not a valid BIC: "
                        + e.getMessage(), e);
            }
        }
        initiatingPartyId = initiatingPartyId == null || initiatingPartyId.isBlank() ? null : initiatingPartyId.strip();
        if (initiatingPartyId != null && (initiatingPartyId.length() > 35 || !SepaText.isSepa(initiatingPartyId))) {
            throw new IllegalArgumentException("refund.debtor.initiating-party-id '" + initiatingPartyId
                    + "' must be at most 35 characters of the SEPA character set");
        }
    }
}
