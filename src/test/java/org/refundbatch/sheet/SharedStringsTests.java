package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class SharedStringsTests {

    /** The defaults, but a cell may hold 2,000,000 characters. */
    private static final SheetLimits LONG_TEXT = new SheetLimits(DataSize.ofMegabytes(512), DataSize.ofGigabytes(2),
            DataSize.ofMegabytes(96), 2_000_000, 16_384, 1_048_576, 1_048_576);

    @Test
    void givesBackEveryStringAcrossPagesIncludingEmptyAndVeryLongOnes() throws IOException, XMLStreamException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 150_000; i++) {
            expected.add(i % 1000 == 0 ? "" : "Étudiant " + "x".repeat(i % 17) + i);
        }
        expected.add(70_000, "L".repeat(1_500_000));
        expected.addAll(0, List.of("A".repeat(1 << 18), "", "B")); // a page filled exactly, then an empty string
        StringBuilder xml = new StringBuilder("<sst xmlns=\"" + HandMadeXlsx.MAIN + "\" uniqueCount=\"" + expected.size()
                + "\">");
        expected.forEach(s -> xml.append("<si><t>").append(s).append("</t></si>"));
        xml.append("</sst>");

        SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(xml.toString()
                .getBytes(StandardCharsets.UTF_8)), "long.xlsx", LONG_TEXT);

        assertThat(strings.count()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(strings.get(i)).as("string %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void refusesAnIndexTheFileDoesNotHave() throws IOException, XMLStreamException {
        SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(("<sst xmlns=\"" + HandMadeXlsx.MAIN
                + "\" uniqueCount=\"999999999\"><si><t>only</t></si></sst>").getBytes(StandardCharsets.UTF_8)),
                "one.xlsx", SheetLimits.DEFAULTS);

        assertThat(strings.get(0)).isEqualTo("only");
        assertThatThrownBy(() -> strings.get(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("shared string 1 does not exist (the file has 1)");
    }

    @Test
    void stopsAtTheSharedStringsLimitLongBeforeAStreamOfAnyLengthEnds() {
        SheetLimits oneMegabyte = new SheetLimits(DataSize.ofMegabytes(512), DataSize.ofGigabytes(2),
                DataSize.ofMegabytes(1), 32_767, 16_384, 1_048_576, 1_048_576);
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(("<sst xmlns=\"" + HandMadeXlsx.MAIN
                + "\">").getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    private final byte[] item = "<si><t>Student 0123456789</t></si>".getBytes(StandardCharsets.UTF_8);
                    private long given;

                    @Override
                    public int read() {
                        return given < 20L * 1024 * 1024 * 1024 ? item[(int) (given++ % item.length)] : -1;
                    }
                });

        assertThatThrownBy(() -> SharedStrings.read(endless, "bomb.xlsx", oneMegabyte))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessage("bomb.xlsx: the shared strings (the text of the cells) take more than 1,048,576 bytes (the"
                        + " limit refund.limits.shared-strings; ask the administrator to raise it if the file is right,"
                        + " or split the file)");
    }

    @Test
    void refusesAStringLongerThanACellMayHold() {
        String xml = "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\"><si><t>ok</t></si><si><t>" + "x".repeat(32_768)
                + "</t></si></sst>";

        assertThatThrownBy(() -> SharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "long.xlsx", SheetLimits.DEFAULTS)).isInstanceOf(UnreadableSheetException.class)
                .hasMessageStartingWith("long.xlsx: shared string 1 has more than 32,767 characters (the limit"
                        + " refund.limits.cell-text;");
    }
}
