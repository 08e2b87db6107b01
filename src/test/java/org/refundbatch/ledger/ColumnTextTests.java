package org.refundbatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts cut to the width of their ledger column, visibly and never inside a character. */
class ColumnTextTests {

    @Test
    void leavesATextThatFitsAsItIs() {
        assertThat(ColumnText.cut("x".repeat(255), ColumnText.FILE_NAME)).isEqualTo("x".repeat(255));
        assertThat(ColumnText.cut(null, ColumnText.TEXT)).isNull();
    }

    @Test
    void cutsALongerTextToTheWidthEndingInAnEllipsis() {
        String cut = ColumnText.cut("a header of 10,000 characters ".repeat(400), ColumnText.TEXT);

        assertThat(cut).hasSize(1024).endsWith("…").startsWith("a header of 10,000 characters a header");
    }

    @Test
    void neverLeavesHalfASurrogatePair() {
        String cut = ColumnText.cut("x".repeat(253) + "😀😀", ColumnText.FILE_NAME);

        assertThat(cut).isEqualTo("x".repeat(253) + "…");
    }
}
