package org.refundbatch.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LimitedInputTests {

    @Test
    void givesNoMoreThanItsLimitWhateverTheFileSaidItsSizeWas() {
        LimitedInput in = new LimitedInput(new ByteArrayInputStream(new byte[10_000]), 4_096);

        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOf(LimitedInput.LimitReached.class).hasMessage("more than 4096 bytes");
    }

    @Test
    void knowsWhenItsSourceEndedAndHowManyLinesItGave() throws Exception {
        LimitedInput in = LimitedInput.countingLines(
                new ByteArrayInputStream("a\nb\nc".getBytes(StandardCharsets.UTF_8)), 100);

        assertThat(in.read()).isEqualTo('a');
        assertThat(in.atEnd()).isFalse();
        in.transferTo(OutputStream.nullOutputStream());

        assertThat(in.atEnd()).isTrue();
        assertThat(in.lines()).isEqualTo(3);
    }

    @Test
    void aFileOfExactlyTheLimitIsWhole() throws Exception {
        try (InputStream in = new LimitedInput(new ByteArrayInputStream(new byte[4_096]), 4_096)) {
            assertThat(in.readAllBytes()).hasSize(4_096);
        }
    }
}
