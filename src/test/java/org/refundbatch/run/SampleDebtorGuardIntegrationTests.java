package org.refundbatch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.RefundBatchApplication;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The production profile refuses to start while the payer account is the sample one (DESIGN §7). */
class SampleDebtorGuardIntegrationTests {

    @TempDir
    Path home;

    @Test
    void refusesToStartTheProductionProfileWithTheSampleAccountBeforeTouchingTheDatabase() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RefundBatchApplication.class).profiles("production")
                .properties("refund.home=" + home, "refund.runner.enabled=false",
                        "spring.datasource.url=jdbc:hsqldb:file:" + home.resolve("db/refund"))
                .run())
                .isInstanceOf(SampleDebtorGuard.SampleDebtorException.class)
                .hasMessage("refund.debtor.iban is still the sample account BE71 0961 2345 6769: the production"
                        + " profile does not start with it. Set the university's own account in refund.debtor.iban,"
                        + " .name, .bic and .initiating-party-id (e.g. REFUND_DEBTOR_IBAN in the environment file)")
                .satisfies(e -> assertThat(((ExitCodeGenerator) e).getExitCode()).isEqualTo(3));
        assertThat(home.resolve("db")).doesNotExist();
    }

    @Test
    void refusesTheSampleAccountHoweverItIsWritten() {
        MockEnvironment environment = new MockEnvironment().withProperty("refund.debtor.iban", "be71096123456769");
        environment.setActiveProfiles("production");

        assertThatThrownBy(() -> SampleDebtorGuard.check(environment))
                .isInstanceOf(SampleDebtorGuard.SampleDebtorException.class);
    }

    @Test
    void startsTheProductionProfileWithTheUniversitysOwnAccount() {
        MockEnvironment environment = new MockEnvironment().withProperty("refund.debtor.iban", "BE68 5390 0754 7034");
        environment.setActiveProfiles("production");

        assertThatCode(() -> SampleDebtorGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void letsTheDefaultSettingsStartWithTheSampleAccount() {
        MockEnvironment environment = new MockEnvironment().withProperty("refund.debtor.iban", "BE71 0961 2345 6769");

        assertThatCode(() -> SampleDebtorGuard.check(environment)).doesNotThrowAnyException();
    }
}
