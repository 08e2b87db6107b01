package org.refundbatch.bench;

import java.util.Locale;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;

/**
 * The student ids of new students: eight digits, each used once, in a random order drawn from the seed (as a
 * real night lists them), or growing with the row number ({@code 00000007}, {@code 00000014}, ...).
 */
final class StudentIds {

    private static final int BOUND = 100_000_000;

    private final PrimitiveIterator.OfInt shuffled;

    private StudentIds(PrimitiveIterator.OfInt shuffled) {
        this.shuffled = shuffled;
    }

    /** Distinct ids in a random order; a generator of its own, so the rows draw the same with either order. */
    static StudentIds shuffled(long seed) {
        return new StudentIds(new SplittableRandom(seed).ints(0, BOUND).distinct().iterator());
    }

    static StudentIds ordered() {
        return new StudentIds(null);
    }

    /** The id of the student of the row with that number (1 for the first row of the first night). */
    String next(long row) {
        long id = shuffled == null ? row * 7 : shuffled.nextInt();
        return String.format(Locale.ROOT, "%08d", id);
    }
}
