package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RefundPropertiesTests {

    @Nested
    class FeedbackMaxComments {

        @Test
        void commentsAThousandRejectedRowsWhenNotSet() {
            assertThat(bind(Map.of()).feedbackMaxComments()).isEqualTo(1000);
        }

        @Test
        void takesNoneAtAll() {
            assertThat(bind(Map.of("refund.feedback-max-comments", "0")).feedbackMaxComments()).isZero();
        }

        @Test
        void refusesANegativeNumber() {
            assertThatThrownBy(() -> bind(Map.of("refund.feedback-max-comments", "-1")))
                    .isInstanceOf(BindException.class).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("refund.feedback-max-comments must be at least 0, not -1");
        }
    }

    private static RefundProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("refund",
                RefundProperties.class);
    }
}
