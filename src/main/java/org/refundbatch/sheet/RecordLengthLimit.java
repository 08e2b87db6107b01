package org.refundbatch.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters the CSV parser takes since the record it returned last, and stops it past a limit: a
 * quote left open on row 66 would otherwise make the rest of the file one value, held in memory whole. The
 * parser reads ahead a buffer at a time, so the limit is kept to within one buffer (8 KiB).
 */
final class RecordLengthLimit extends FilterReader {

    /** Thrown past the limit; the reader turns it into the file's reject. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super(null, null, false, false);
        }
    }

    private final int limit;
    private long sinceRecord;

    RecordLengthLimit(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** A record was returned: count the next one from here. */
    void startRecord() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        sinceRecord += n;
        if (sinceRecord > limit + 8192L) {
            throw new Exceeded();
        }
    }
}
