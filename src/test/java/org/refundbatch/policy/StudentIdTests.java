package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StudentIdTests {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            s0123456|S0123456
            S0123456|S0123456
             S 0123456 |S0123456
            s 012 3456|S0123456
            0123456|0123456
            \t0123456\t|0123456
            r0\u00A0123\u202F456|R0123456
            ab-12/x|AB-12/X
            """)
    void isTrimmedWithoutInnerSpacesAndUpperCased(String typed, String canonical) {
        assertThat(StudentId.canonical(typed)).isEqualTo(canonical);
        assertThat(StudentId.of(typed).value()).isEqualTo(canonical);
    }

    @Test
    void upperCasesTheSameInEveryLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            assertThat(StudentId.canonical("i0123456")).isEqualTo("I0123456");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void leavesTheDigitsOfANumberAsShownLeadingZerosIncluded() {
        assertThat(StudentId.canonical("0000042")).isEqualTo("0000042");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "s0123456", " S0123456", "S 0123456"})
    void refusesAValueNotInCanonicalForm(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new StudentId(value))
                .withMessageContaining("not a student id in canonical form");
    }

    @Test
    void isTheSameForEveryWayOfTypingOneId() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] spaces = {" ", "\t", "\u00A0", "\u2007", "\u202F", ""};
        for (int i = 0; i < 500; i++) {
            StringBuilder id = new StringBuilder(random.nextBoolean() ? "S" : "R");
            for (int d = 0; d < 7; d++) {
                id.append((char) ('0' + random.nextInt(10)));
            }
            StringBuilder typed = new StringBuilder();
            for (char c : id.toString().toCharArray()) {
                typed.append(spaces[random.nextInt(spaces.length)]);
                typed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
            }
            typed.append(spaces[random.nextInt(spaces.length)]);

            assertThat(StudentId.canonical(typed.toString())).as("seed %d, typed '%s'", seed, typed)
                    .isEqualTo(id.toString());
            assertThat(StudentId.canonical(StudentId.canonical(typed.toString()))).as("seed %d", seed)
                    .isEqualTo(id.toString());
        }
    }
}
