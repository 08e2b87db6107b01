package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

class SharedStringsTests {

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
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(strings.count()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(strings.get(i)).as("string %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void refusesAnIndexTheFileDoesNotHave() throws IOException, XMLStreamException {
        SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(("<sst xmlns=\"" + HandMadeXlsx.MAIN
                + "\" uniqueCount=\"999999999\"><si><t>only</t></si></sst>").getBytes(StandardCharsets.UTF_8)));

        assertThat(strings.get(0)).isEqualTo("only");
        assertThatThrownBy(() -> strings.get(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("shared string 1 does not exist (the file has 1)");
    }
}
