package org.refundbatch.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of an {@code .xlsx} workbook ({@code sharedStrings.xml}), where Excel puts the
 * text of every text cell. Cells refer to them by index, so all must be at hand while the sheet is
 * read. They are kept packed as UTF-8 in pages of 256 KiB with an offset table rather than as millions
 * of {@code String} objects: the three million distinct strings of a million-row sheet (student
 * numbers, IBANs, references) take some 50 MB instead of some 200 MB, and the pages never need to be
 * copied to grow, which keeps a large file within a small heap.
 *
 * <p>It is not POI's {@code org.apache.poi.xssf.model.SharedStrings}: that interface hands out a
 * {@code RichTextString} (an XMLBeans {@code XSSFRichTextString}) per lookup, for POI's own sheet handler, which
 * the StAX reader does not use.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings();

    private static final int PAGE_BITS = 18;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int MAX_PRESIZED = 1 << 22;

    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page = new byte[4 * 1024];
    private int pageUsed;
    /**
     * Where each string starts, as page number × PAGE_SIZE + offset. A string ends where the next one
     * starts, or at the end of its page: strings never straddle pages and full pages are trimmed.
     */
    private int[] starts = new int[1024];
    private int count;

    private SharedStrings() {
    }

    /**
     * Reads the shared strings part; NONE when the workbook has none. Past {@code refund.limits.shared-strings}
     * bytes held (the text as UTF-8 and 4 bytes a string) or a string past {@code refund.limits.cell-text}
     * characters, the file is rejected: a few MB of zip can unpack to GBs of strings.
     */
    static SharedStrings read(InputStream in, String fileName, SheetLimits limits)
            throws IOException, XMLStreamException {
        if (in == null) {
            return NONE;
        }
        long budget = limits.sharedStrings().toBytes();
        long held = 0;
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
                    String text = OoxmlXml.richText(xml, buffer);
                    if (text.length() > limits.cellText()) {
                        throw SheetLimits.exceeded(fileName, "shared string " + strings.count + " has",
                                limits.cellText(), "characters", "cell-text");
                    }
                    held += 4 + strings.add(text);
                    if (held > budget) {
                        throw SheetLimits.exceeded(fileName, "the shared strings (the text of the cells) take",
                                budget, "bytes", "shared-strings");
                    }
                } else if ("sst".equals(name)) {
                    strings.presize(OoxmlXml.attribute(xml, "uniqueCount"));
                }
            }
        } finally {
            xml.close();
            in.close();
        }
        strings.pages.add(Arrays.copyOf(strings.page, strings.pageUsed));
        strings.page = null;
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
        int start = starts[index];
        byte[] bytes = pages.get(start >>> PAGE_BITS);
        int offset = start & (PAGE_SIZE - 1);
        int next = index + 1 < count ? starts[index + 1] : -1;
        int end = next >= 0 && next >>> PAGE_BITS == start >>> PAGE_BITS ? next & (PAGE_SIZE - 1) : bytes.length;
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Adds a string; returns its size in UTF-8. */
    private int add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (pageUsed >= PAGE_SIZE || pageUsed + utf8.length > page.length) {
            makeRoom(utf8.length);
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, grown(count));
        }
        System.arraycopy(utf8, 0, page, pageUsed, utf8.length);
        starts[count++] = pages.size() * PAGE_SIZE + pageUsed;
        pageUsed += utf8.length;
        return utf8.length;
    }

    /**
     * Grows the current page up to PAGE_SIZE, or starts a new one; a longer string gets a page of its
     * own. A string always starts below PAGE_SIZE in its page, so that its start can be encoded.
     */
    private void makeRoom(int needed) {
        if (pageUsed < PAGE_SIZE && pageUsed + needed <= PAGE_SIZE) {
            page = Arrays.copyOf(page, Math.max(pageUsed + needed, Math.min(PAGE_SIZE, page.length * 2)));
            return;
        }
        pages.add(Arrays.copyOf(page, pageUsed));
        if ((long) pages.size() * PAGE_SIZE > Integer.MAX_VALUE - PAGE_SIZE) {
            throw new IllegalStateException("shared strings larger than 2 GB");
        }
        page = new byte[Math.max(PAGE_SIZE, needed)];
        pageUsed = 0;
    }

    private void presize(String uniqueCount) {
        try {
            // a damaged file may claim any number: use it as a hint only
            int expected = uniqueCount == null ? 0 : Math.min(Integer.parseInt(uniqueCount.strip()), MAX_PRESIZED);
            if (expected > starts.length) {
                starts = new int[expected];
            }
        } catch (NumberFormatException e) {
            // no usable hint
        }
    }

    private static int grown(int current) {
        long next = current + (current >> 1) + 16L;
        if (next > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many shared strings");
        }
        return (int) next;
    }
}
