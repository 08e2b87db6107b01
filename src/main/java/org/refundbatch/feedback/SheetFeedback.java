package org.refundbatch.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.ToIntFunction;

import org.refundbatch.files.OwnerOnly;
import org.refundbatch.intake.HeaderSearch;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetLimits;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Writes a feedback workbook for every file of a run. Each sheet's staged copy is read again with the readers the
 * run used, row by row, and joined to the ledger's refunds and rejects of the run by (file, row): both come in that
 * order, so the join is a merge of ordered streams and never holds a sheet in memory. A file rejected whole gets a
 * workbook with the reason.
 */
public final class SheetFeedback {

    private static final Logger log = LoggerFactory.getLogger(SheetFeedback.class);

    /** 255 bytes less what a temporary name adds ({@code .} before, {@code .<uuid>.tmp} after). */
    private static final int MAX_NAME_BYTES = 200;

    private final FeedbackWorkbook workbook;
    private final SheetLimits limits;

    public SheetFeedback(FeedbackWorkbook workbook, SheetLimits limits) {
        this.workbook = workbook;
        this.limits = limits;
    }

    /**
     * @param files the run's files in the order it staged them
     * @param refunds the run's refunds, by file and row
     * @param rejects the run's rejects, by file and row (a whole file's reject as row 0)
     * @param releases the rows that released a refund of an earlier row or night (few: held in memory)
     * @return the feedback files written, one per file
     */
    public List<Path> write(LocalDate runDate, List<StagedFile> files, Iterator<RefundRecord> refunds,
                            Iterator<RejectRecord> rejects, Collection<ReleasedRow> releases, Path dir) {
        Map<Long, RowOutcome> released = new HashMap<>();
        for (ReleasedRow release : releases) {
            released.put(rowKey(release.fileSeq(), release.sourceRow()), release.outcome());
        }
        Ordered<RefundRecord> refundsByRow = new Ordered<>(refunds, RefundRecord::fileSeq, RefundRecord::sourceRow);
        Ordered<RejectRecord> rejectsByRow = new Ordered<>(rejects, RejectRecord::fileSeq, RejectRecord::sourceRow);
        Map<String, String> names = names(files);
        List<Path> written = new ArrayList<>();
        try {
            OwnerOnly.createDirectories(dir);
            for (StagedFile file : files) {
                Path target = dir.resolve(names.get(file.fileName()));
                refundsByRow.skipBefore(file.fileSeq(), 0);
                rejectsByRow.skipBefore(file.fileSeq(), 0);
                RejectRecord wholeFile = rejectsByRow.take(file.fileSeq(), 0);
                if (file.status() != Status.ACCEPTED || wholeFile != null) {
                    String reason = wholeFile != null ? wholeFile.reason() : file.reason();
                    written.add(workbook.writeRejected(target, file.fileName(), runDate, reason));
                } else {
                    written.add(writeSheetOrSayWhyNot(target, runDate, file, refundsByRow, rejectsByRow, released));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feedback in " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * The sheet's feedback or, when something in the sheet stops it half-way (the night read the sheet, but a
     * value cannot be written back), a feedback that says so: a staff sheet never fails the night (DESIGN §7).
     * The database failing is no sheet's doing and fails the step.
     */
    private Path writeSheetOrSayWhyNot(Path target, LocalDate runDate, StagedFile file, Ordered<RefundRecord> refunds,
                                       Ordered<RejectRecord> rejects, Map<Long, RowOutcome> released)
            throws IOException {
        try {
            return writeSheet(target, runDate, file, refunds, rejects, released);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("{}: its feedback could not list its rows ({}); a short feedback says so", file.fileName(),
                    e.getClass().getSimpleName());
            return workbook.writeRejected(target, file.fileName(), runDate, file.fileName() + ": the night read this"
                    + " sheet, but its rows could not be written back here (" + e.getClass().getSimpleName() + "); its"
                    + " refunds and rejects are in finance's files of the night: ask finance for them");
        }
    }

    private static long rowKey(int fileSeq, int row) {
        return ((long) fileSeq << 32) | row;
    }

    private Path writeSheet(Path target, LocalDate runDate, StagedFile file, Ordered<RefundRecord> refunds,
                            Ordered<RejectRecord> rejects, Map<Long, RowOutcome> released) throws IOException {
        try (SheetReader reader = SheetFiles.open(file.stagedPath(), file.fileName(), limits)) {
            HeaderSearch.Header header = HeaderSearch.find(reader, file.fileName());
            if (header == null) {
                return workbook.writeRejected(target, file.fileName(), runDate, file.fileName() + ": the sheet is"
                        + " empty");
            }
            Iterator<FeedbackRow> rows = new Iterator<>() {
                private SheetRow next = reader.next();

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public FeedbackRow next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    SheetRow row = next;
                    next = reader.next();
                    refunds.skipBefore(file.fileSeq(), row.number());
                    rejects.skipBefore(file.fileSeq(), row.number());
                    RefundRecord refund = refunds.take(file.fileSeq(), row.number());
                    RejectRecord reject = rejects.take(file.fileSeq(), row.number());
                    RowOutcome outcome = refund != null ? RowOutcome.of(refund)
                            : reject != null ? RowOutcome.of(reject)
                            : released.get(rowKey(file.fileSeq(), row.number()));
                    return new FeedbackRow(row, outcome);
                }
            };
            return workbook.write(target, file.fileName(), runDate, header.row(), header.mapping(), rows);
        } catch (UnreadableSheetException e) {
            return workbook.writeRejected(target, file.fileName(), runDate, e.getMessage());
        }
    }

    /**
     * Each file's feedback name: {@code december-feedback.xlsx}, or {@code december.csv-feedback.xlsx} when two
     * files of the run share the name before the extension.
     */
    private static Map<String, String> names(List<StagedFile> files) {
        Map<String, Integer> uses = new HashMap<>();
        files.forEach(f -> uses.merge(FeedbackWorkbook.fileName(f.fileName()), 1, Integer::sum));
        Map<String, String> names = new HashMap<>();
        for (StagedFile file : files) {
            String plain = FeedbackWorkbook.fileName(file.fileName());
            String name = uses.get(plain) == 1 ? plain : file.fileName() + "-feedback.xlsx";
            names.put(file.fileName(), fits(name) ? name : shortName(file));
        }
        return names;
    }

    /** Whether the name, with the temporary name's additions while it is written, fits the file system's 255 bytes. */
    private static boolean fits(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    /** The start of a long sheet name, its staging number to keep it apart, and the feedback suffix. */
    private static String shortName(StagedFile file) {
        String suffix = String.format(Locale.ROOT, "-%03d-feedback.xlsx", file.fileSeq());
        StringBuilder start = new StringBuilder();
        file.fileName().codePoints().takeWhile(c -> fits(start + Character.toString(c) + suffix))
                .forEach(start::appendCodePoint);
        return start + suffix;
    }

    /** An iterator over records ordered by (file, row), read forward as the sheets are. */
    private static final class Ordered<T> {
        private final Iterator<T> records;
        private final ToIntFunction<T> file;
        private final ToIntFunction<T> row;
        private T head;

        Ordered(Iterator<T> records, ToIntFunction<T> file, ToIntFunction<T> row) {
            this.records = records;
            this.file = file;
            this.row = row;
            this.head = records.hasNext() ? records.next() : null;
        }

        /** Passes the records before (fileSeq, sourceRow). */
        void skipBefore(int fileSeq, int sourceRow) {
            while (head != null && (file.applyAsInt(head) < fileSeq
                    || file.applyAsInt(head) == fileSeq && row.applyAsInt(head) < sourceRow)) {
                advance();
            }
        }

        /** The record of (fileSeq, sourceRow), taken, or null when the next record is another's. */
        T take(int fileSeq, int sourceRow) {
            if (head != null && file.applyAsInt(head) == fileSeq && row.applyAsInt(head) == sourceRow) {
                T taken = head;
                advance();
                return taken;
            }
            return null;
        }

        private void advance() {
            head = records.hasNext() ? records.next() : null;
        }
    }
}
