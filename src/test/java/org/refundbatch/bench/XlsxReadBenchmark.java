package org.refundbatch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refundbatch.intake.HeaderMapping;
import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.XlsxSheetReader;

/**
 * The intake's memory benchmark: reads every row of a large withdrawal workbook with {@link XlsxSheetReader} and
 * {@link HeaderMapping}, as the intake step does, and prints rows, time and the heap the JVM used. Run it under
 * {@code -Xmx256m}; {@code scripts/xlsx-read-benchmark.sh} runs it three times and measures the process's peak
 * RSS as well.
 *
 * <p>When the file does not exist it is first generated with POI's SXSSF, as Excel saves a sheet: text in the
 * shared-strings table, dates as date cells, amounts as number cells. Every row has its own student number,
 * IBAN and reference, so the shared strings, which the reader must hold while it reads, are some three
 * million: the worst case of a real sheet. Generating needs a larger heap than reading (SXSSF keeps the
 * shared strings as objects): run that first time with {@code -Xmx4g}.
 *
 * <p>Usage: {@code XlsxReadBenchmark <file.xlsx> [rows, default 1000000]}; with {@code -Dbench.generateOnly=true}
 * a missing file is generated and not read.
 */
public final class XlsxReadBenchmark {

    private static final String[] HEADER = {"Rolnummer", "Familienaam", "Voornaam", "Code", "Academiejaar",
        "Datum stopzetting", "Bedrag betaald", "Rekeningnummer", "BIC", "Referentie"};
    private static final String[] LAST_NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
        "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Hermans", "Van den Broeck"};
    private static final String[] FIRST_NAMES = {"Anna", "Lucas", "Elise", "Noah", "Marie", "Louis", "Ella",
        "Arthur", "Olivia", "Jules", "Lina", "Victor", "Zoë", "Mila", "Eléonore"};
    private static final String[] CODES = {"MC-DATA", "MC-ETHICS", "MC-PRIVACY", "MC-SUSTAIN", "MC-DUTCH",
        "MC-HEALTH"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

    private XlsxReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: XlsxReadBenchmark <file.xlsx> [rows]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            generate(file, rows);
            System.out.printf(Locale.ROOT, "generated %s: %d rows, %d MB, in %.1f s%n", file, rows,
                    Files.size(file) >> 20, (System.nanoTime() - start) / 1e9);
            if (Boolean.getBoolean("bench.generateOnly")) {
                return;
            }
        }
        read(file);
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

    static void generate(Path file, int rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true);
             OutputStream out = Files.newOutputStream(partial)) {
            SXSSFSheet sheet = workbook.createSheet("Stopzettingen");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(String.format(Locale.ROOT, "%08d", i));
                row.createCell(1).setCellValue(LAST_NAMES[i % LAST_NAMES.length]);
                row.createCell(2).setCellValue(FIRST_NAMES[(i / 7) % FIRST_NAMES.length]);
                row.createCell(3).setCellValue(CODES[i % CODES.length]);
                row.createCell(4).setCellValue("2026-2027");
                row.createCell(5).setCellValue(FIRST_DAY.plusDays(i % 90));
                row.getCell(5).setCellStyle(date);
                if (i % 3 != 0) {
                    row.createCell(6).setCellValue(i % 2 == 0 ? 495 : 384.6);
                    row.getCell(6).setCellStyle(amount);
                }
                row.createCell(7).setCellValue(belgianIban(i));
                if (i % 5 == 0) {
                    row.createCell(8).setCellValue("GKCCBEBB");
                }
                row.createCell(9).setCellValue(String.format(Locale.ROOT, "WD-2026-%07d", i));
            }
            workbook.write(out);
        }
        Files.move(partial, file);
    }

    /** A valid Belgian IBAN of its own for each row, grouped by four as people write it. */
    static String belgianIban(int i) {
        long account = 630_000_000L + i;
        long national = account % 97 == 0 ? 97 : account % 97;
        String bban = String.format(Locale.ROOT, "%010d%02d", account, national);
        int check = 98 - new BigInteger(bban + "111400").mod(BigInteger.valueOf(97)).intValue();
        String iban = String.format(Locale.ROOT, "BE%02d%s", check, bban);
        return iban.substring(0, 4) + " " + iban.substring(4, 8) + " " + iban.substring(8, 12) + " "
                + iban.substring(12);
    }
}
