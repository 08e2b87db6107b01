package org.refundbatch.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A workbook part as it is inflated, stopped past {@code refund.limits.part-size} bytes whatever its zip entry
 * declared: the file is then rejected rather than read on.
 */
final class PartSizeLimit extends FilterInputStream {

    private final String fileName;
    private final String part;
    private final long limit;
    private long read;

    private PartSizeLimit(InputStream in, String fileName, String part, long limit) {
        super(in);
        this.fileName = fileName;
        this.part = part;
        this.limit = limit;
    }

    static InputStream of(InputStream in, String fileName, String part, SheetLimits limits) {
        return new PartSizeLimit(in, fileName, part, limits.partSize().toBytes());
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw SheetLimits.exceeded(fileName, part + " unpacks to", limit, "bytes", "part-size");
        }
    }
}
