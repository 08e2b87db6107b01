package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SepaCountriesTests {

    @Test
    void listsTheFortyOneCountriesOfTheEpcAndTheirTerritories() {
        assertThat(SepaCountries.codes()).hasSize(54).contains("BE", "RS", "MD", "GI", "PM").doesNotContain("TR",
                "FO", "GL", "XK", "US");
    }
}
