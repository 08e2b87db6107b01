package org.refundbatch.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of an {@code .xlsx} workbook ({@code sharedStrings.xml}), where Excel puts the
 * text of every text cell. Cells refer to them by index, so all must be at hand while the sheet is
 * read. They are kept packed as UTF-8 in one array with an offset table rather than as a million
 * {@code String} objects: a sheet of a million student numbers and names takes about a quarter of
 * the memory it would as strings, which keeps a large file within a small heap.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings();

    private static final int MAX_PRESIZED = 1 << 20;

    private byte[] bytes = new byte[8 * 1024];
    private int size;
    private int[] ends = new int[1024];
    private int count;

    private SharedStrings() {
    }

    /** Reads the shared strings part; NONE when the workbook has none. */
    static SharedStrings read(InputStream in) throws IOException, XMLStreamException {
        if (in == null) {
            return NONE;
        }
        SharedStrings strings = new SharedStrings();
        XMLStreamReader xml = OoxmlXml.open(in);
        try {
            StringBuilder buffer = new StringBuilder(64);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("si".equals(name)) {
                    strings.add(OoxmlXml.richText(xml, buffer));
                } else if ("sst".equals(name)) {
                    strings.presize(OoxmlXml.attribute(xml, "uniqueCount"));
                }
            }
        } finally {
            xml.close();
            in.close();
        }
        strings.bytes = Arrays.copyOf(strings.bytes, strings.size);
        return strings;
    }

    int count() {
        return count;
    }

    /** The string at {@code index}; an {@link IndexOutOfBoundsException} for an index the file does not have. */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " does not exist (the file has "
                    + count + ")");
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    private void add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (size + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, grown(bytes.length, size + utf8.length));
        }
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, grown(ends.length, count + 1));
        }
        ends[count++] = size;
    }

    private void presize(String uniqueCount) {
        try {
            // a damaged file may claim any number: use it as a hint only
            int expected = uniqueCount == null ? 0 : Math.min(Integer.parseInt(uniqueCount.strip()), MAX_PRESIZED);
            if (expected > ends.length) {
                ends = new int[expected];
            }
        } catch (NumberFormatException e) {
            // no usable hint
        }
    }

    private static int grown(int current, int needed) {
        long next = Math.max((long) needed, current + (current >> 1));
        if (next > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("shared strings too large");
        }
        return (int) next;
    }
}
