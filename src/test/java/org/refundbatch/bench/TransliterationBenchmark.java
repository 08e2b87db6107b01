package org.refundbatch.bench;

import java.util.Arrays;
import java.util.Locale;

import org.refundbatch.payout.SepaText;

/**
 * What the intake's name check costs a row: {@link SepaText#hasSepaLetter} on a last and a first name, for names
 * already in the SEPA set (the fast path), accented Latin, Cyrillic and Chinese (both through ICU). Prints the
 * median of several rounds in nanoseconds a row; a measurement to read, not a test.
 *
 * <p>{@code mvn -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.refundbatch.bench.TransliterationBenchmark} with the class path of {@code mvn dependency:build-classpath}.
 */
public final class TransliterationBenchmark {

    private static final int ROWS = 200_000;
    private static final int ROUNDS = 9;

    private static final String[][] SETS = {
        {"Latin", "Peeters", "An", "Janssens", "Els", "Van den Bossche", "Pieter"},
        {"accented", "Dupré", "Renée", "Müller", "Jörg", "Łukasiewicz", "Zoë"},
        {"Cyrillic", "Иванов", "Иван", "Щукина", "Юлия", "Петров", "Пётр"},
        {"Chinese", "王", "伟", "李", "娜", "张", "秀英"},
    };

    private TransliterationBenchmark() {
    }

    public static void main(String[] args) {
        for (String[] set : SETS) {
            String[] names = Arrays.copyOfRange(set, 1, set.length);
            double[] rounds = new double[ROUNDS];
            int letters = 0;
            for (int round = -2; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (int row = 0; row < ROWS; row++) {
                    int i = (row * 2) % names.length;
                    letters += SepaText.hasSepaLetter(names[i]) && SepaText.hasSepaLetter(names[i + 1]) ? 1 : 0;
                }
                long elapsed = System.nanoTime() - start;
                if (round >= 0) {
                    rounds[round] = (double) elapsed / ROWS;
                }
            }
            Arrays.sort(rounds);
            System.out.printf(Locale.ROOT, "%-9s median %8.0f ns/row (min %6.0f, max %6.0f) over %d rounds of %d"
                    + " rows; %d rows kept a letter%n", set[0], rounds[ROUNDS / 2], rounds[0], rounds[ROUNDS - 1],
                    ROUNDS, ROWS, letters);
        }
    }
}
