package org.refundbatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

import org.refundbatch.intake.HeaderMapping;
import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.XlsxSheetReader;

/**
 * The intake's memory benchmark: reads every row of a large withdrawal workbook with {@link XlsxSheetReader} and
 * {@link HeaderMapping}, as the intake step does, and prints rows, time and the heap the JVM used. Run it under
 * {@code -Xmx256m}; {@code scripts/xlsx-read-benchmark.sh} generates the workbook with {@link WithdrawalGenerator}
 * ({@code --shared-strings}, as Excel saves it: nearly every row has its own student number, IBAN and reference,
 * so the shared strings the reader must hold are some three million at 1,000,000 rows, the worst case of a real
 * sheet), runs this three times and measures the process's peak RSS as well.
 *
 * <p>Usage: {@code XlsxReadBenchmark <file.xlsx>}.
 */
public final class XlsxReadBenchmark {

    private XlsxReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: XlsxReadBenchmark <file.xlsx>");
            System.exit(2);
        }
        read(Path.of(args[0]));
    }

    /** Reads every row as the intake step does: the header mapped, each column's cell looked up. */
    static void read(Path file) throws IOException {
        long start = System.nanoTime();
        long rows = 0;
        long filled = 0;
        try (XlsxSheetReader reader = new XlsxSheetReader(file, file.getFileName().toString())) {
            SheetRow header = reader.next();
            HeaderMapping mapping = HeaderMapping.of(header, file.getFileName().toString());
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                for (Column column : Column.values()) {
                    SheetCell cell = mapping.cell(row, column);
                    if (!cell.isBlank()) {
                        filled++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "rows %d cells %d seconds %.2f rows/s %.0f heap-max-mb %d heap-peak-mb %d%n",
                rows, filled, seconds, rows / seconds, Runtime.getRuntime().maxMemory() >> 20, heapPeak() >> 20);
    }

    /** The most heap the JVM had in use: the sum of the peaks of its heap pools (an upper bound). */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
