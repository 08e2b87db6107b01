package org.refundbatch.payout;

import java.util.Locale;

import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;
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
        iban = compact(iban);
        if (iban == null) {
            throw new IllegalArgumentException("refund.debtor.iban is missing: set the account refunds are paid from");
        }
        try {
            IbanUtil.validate(iban);
        } catch (Iban4jException e) {
            throw new IllegalArgumentException("refund.debtor.iban '" + iban + "' is not a valid IBAN: "
                    + e.getMessage(), e);
        }
        bic = compact(bic);
        if (bic != null) {
            try {
                BicUtil.validate(bic);
            } catch (Iban4jException e) {
                throw new IllegalArgumentException("refund.debtor.bic '" + bic + "' is not a valid BIC: "
                        + e.getMessage(), e);
            }
        }
        initiatingPartyId = initiatingPartyId == null || initiatingPartyId.isBlank() ? null : initiatingPartyId.strip();
        if (initiatingPartyId != null && (initiatingPartyId.length() > 35 || !SepaText.isSepa(initiatingPartyId))) {
            throw new IllegalArgumentException("refund.debtor.initiating-party-id '" + initiatingPartyId
                    + "' must be at most 35 characters of the SEPA character set");
        }
    }

    /** An IBAN or BIC without spaces in upper case; null when blank. */
    static String compact(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
