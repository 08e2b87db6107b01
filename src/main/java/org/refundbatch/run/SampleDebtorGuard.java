package org.refundbatch.run;

import java.util.Arrays;

import org.refundbatch.policy.Iban;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code production} profile refuses to start while the payer account is the sample one of
 * {@code application.properties} (DESIGN §7): a bank file from it would name an account that is not the
 * university's. Checked as soon as the settings are known, before the database is touched; the start fails and
 * the process exits non-zero with the reason.
 */
public final class SampleDebtorGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The sample payer account of {@code application.properties}, compact. */
    static final String SAMPLE_IBAN = "BE71096123456769";
    static final String PROFILE = "production";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
            return;
        }
        String iban = environment.getProperty("refund.debtor.iban", "");
        if (Iban.compact(iban).equals(SAMPLE_IBAN)) {
            throw new SampleDebtorException();
        }
    }

    /** Why the start was refused, in the words the log shows; the process exits 3, as for other bad settings. */
    public static final class SampleDebtorException extends IllegalStateException implements ExitCodeGenerator {

        static final int EXIT_CODE = 3;

        SampleDebtorException() {
            super("refund.debtor.iban is still the sample account BE71 0961 2345 6769: the production profile does"
                    + " not start with it. Set the university's own account in refund.debtor.iban, .name, .bic and"
                    + " .initiating-party-id (e.g. REFUND_DEBTOR_IBAN in the environment file)");
        }

        @Override
        public int getExitCode() {
            return EXIT_CODE;
        }
    }
}
