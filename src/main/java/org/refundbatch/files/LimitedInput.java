package org.refundbatch.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that refuses to give more than a set number of bytes, whatever size its source declared: the read that
 * would take it past the limit fails instead ({@link #limitPassed()}), and a source of exactly the limit is read
 * whole. It knows when its source has ended and, made by {@link #countingLines}, how many lines it gave (line feeds
 * counted as bytes: a 0x0A byte is a line feed in UTF-8 and every single-byte charset); the others do not look at
 * the bytes they pass on.
 */
public class LimitedInput extends FilterInputStream {

    /** The source holds more bytes than the limit. */
    public static final class LimitReached extends IOException {
        LimitReached(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;
    private boolean atEnd;
    private final boolean countLines;
    private long lineFeeds;

    public LimitedInput(InputStream in, long limit) {
        this(in, limit, false);
    }

    private LimitedInput(InputStream in, long limit, boolean countLines) {
        super(in);
        this.limit = limit;
        this.countLines = countLines;
    }

    /** A limited stream that also counts the lines it gives ({@link #lines()}). */
    public static LimitedInput countingLines(InputStream in, long limit) {
        return new LimitedInput(in, limit, true);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        if (countLines && b == '\n') {
            lineFeeds++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(n);
        if (countLines) {
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    lineFeeds++;
                }
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        if (n < 0) {
            atEnd = true;
            return;
        }
        count += n;
        if (count > limit) {
            limitPassed();
        }
    }

    /**
     * Called by the read that takes the stream past its limit, which then gives nothing: throws {@link LimitReached}
     * unless a subclass throws what its caller reports instead.
     */
    protected void limitPassed() throws IOException {
        throw new LimitReached(limit);
    }

    /** The number of bytes the stream gives at most. */
    protected final long limit() {
        return limit;
    }

    /** The lines given so far, the line feeds plus one; for a stream made by {@link #countingLines} only. */
    public long lines() {
        return lineFeeds + 1;
    }

    /** True once the source said it has no more bytes. */
    public boolean atEnd() {
        return atEnd;
    }
}
