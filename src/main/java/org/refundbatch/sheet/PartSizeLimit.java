package org.refundbatch.sheet;

import java.io.InputStream;

import org.refundbatch.files.LimitedInput;

/**
 * A workbook part as it is inflated, stopped past {@code refund.limits.part-size} bytes whatever its zip entry
 * declared: the file is then rejected rather than read on.
 */
final class PartSizeLimit extends LimitedInput {

    private final String fileName;
    private final String part;

    private PartSizeLimit(InputStream in, String fileName, String part, long limit) {
        super(in, limit);
        this.fileName = fileName;
        this.part = part;
    }

    static InputStream of(InputStream in, String fileName, String part, SheetLimits limits) {
        return new PartSizeLimit(in, fileName, part, limits.partSize().toBytes());
    }

    @Override
    protected void limitPassed() {
        throw SheetLimits.exceeded(fileName, part + " unpacks to", limit(), "bytes", "part-size");
    }
}
