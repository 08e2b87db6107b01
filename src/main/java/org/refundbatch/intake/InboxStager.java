package org.refundbatch.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes tonight's files from the inbox into the run's work folder and registers them with their SHA-256.
 * A sheet whose bytes an earlier run read, or that cannot be read at all, is rejected whole, and so is a
 * file that is no sheet this program reads (an {@code .ods}, a PDF), so that nothing dropped in the inbox
 * goes unanswered; the run then reads exactly the accepted sheets, also when it is restarted after new
 * files were dropped. Hidden files, Excel's {@code ~$} lock files and the catalogue are left alone.
 */
public class InboxStager {

    private static final Logger log = LoggerFactory.getLogger(InboxStager.class);

    private final StagedFileRepository stagedFiles;
    private final LedgerRepository ledger;

    public InboxStager(StagedFileRepository stagedFiles, LedgerRepository ledger) {
        this.stagedFiles = stagedFiles;
        this.ledger = ledger;
    }

    /** Stages the inbox for the run, or returns what an earlier attempt of the same run staged. */
    public List<StagedFile> stage(Path inbox, Path workDir, LocalDate runDate) {
        return stage(inbox, workDir, runDate, null);
    }

    /**
     * Stages the inbox for the run, or returns what an earlier attempt of the same run staged.
     *
     * @param catalog the catalogue file, left alone when it lies in the inbox
     */
    public List<StagedFile> stage(Path inbox, Path workDir, LocalDate runDate, Path catalog) {
        List<StagedFile> staged = stagedFiles.findByRun(runDate);
        if (!staged.isEmpty()) {
            log.info("Run {} already staged {} file(s); reading those", runDate, staged.size());
            return staged;
        }
        try {
            Files.createDirectories(workDir);
            removeUnregisteredCopies(workDir);
            List<String> seen = new ArrayList<>();
            int seq = 0;
            for (Path file : inboxFiles(inbox, catalog)) {
                seq++;
                String name = file.getFileName().toString();
                Path copy = workDir.resolve(String.format(Locale.ROOT, "%03d-%s", seq, name));
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                String sha = sha256(copy);
                StagedFile result = assess(runDate, seq, name, copy, sha, seen);
                stagedFiles.insert(result);
                if (result.status() != Status.ACCEPTED) {
                    ledger.insertRejects(runDate, List.of(new RejectRecord(name, seq, 0, null, null, result.reason(),
                            List.of())));
                    log.warn("Rejected {}: {}", name, result.reason());
                } else {
                    seen.add(sha);
                }
                staged.add(result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the inbox " + inbox + ": " + e.getMessage(), e);
        }
        log.info("Staged {} file(s) from {} into {}", staged.size(), inbox, workDir);
        return staged;
    }

    /** Copies an attempt made before it was killed, uncommitted: nothing refers to them. */
    private static void removeUnregisteredCopies(Path workDir) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(workDir)) {
            for (Path copy : stream) {
                if (Files.isRegularFile(copy)) {
                    Files.delete(copy);
                }
            }
        }
    }

    private StagedFile assess(LocalDate runDate, int seq, String name, Path copy, String sha, List<String> seen)
            throws IOException {
        long size = Files.size(copy);
        if (seen.contains(sha)) {
            return new StagedFile(runDate, seq, name, copy, sha, size, Status.DUPLICATE,
                    "the same file (identical bytes) is in tonight's inbox twice; read once");
        }
        Optional<StagedFile> earlier = stagedFiles.findAccepted(sha);
        if (earlier.isPresent()) {
            return new StagedFile(runDate, seq, name, copy, sha, size, Status.DUPLICATE,
                    "already processed in the run of " + earlier.get().runDate() + " as " + earlier.get().fileName()
                            + " (identical bytes); not read again");
        }
        String unreadable = unreadable(copy, name);
        return unreadable == null ? new StagedFile(runDate, seq, name, copy, sha, size, Status.ACCEPTED, null)
                : new StagedFile(runDate, seq, name, copy, sha, size, Status.REJECTED, unreadable);
    }

    /**
     * Why a sheet cannot be read at all, as staging rejects it: not a sheet, no header, no withdrawals under it.
     *
     * @return the reason, or null when the sheet can be read
     */
    public static String unreadable(Path copy, String name) {
        try (SheetReader reader = SheetFiles.open(copy, name)) {
            // a workbook is read from its first visible sheet: name it, the withdrawals may be on another
            String where = reader.sheetName() == null ? name : name + " (first sheet '" + reader.sheetName() + "')";
            HeaderSearch.Header found = HeaderSearch.find(reader, where);
            if (found == null) {
                throw new UnreadableSheetException(where + ": the sheet is empty, without"
                        + " column names or withdrawals; save the withdrawals on the first sheet and drop the file"
                        + " again");
            }
            SheetRow header = found.row();
            HeaderMapping mapping = found.mapping();
            if (!mapping.unreadColumns().isEmpty()) {
                log.info("{}: not reading the columns {} (not columns of a withdrawal sheet)", name,
                        mapping.unreadColumns());
            }
            if (reader.next() == null) {
                throw new UnreadableSheetException(where + ": no withdrawals under the column"
                        + " names in row " + header.number() + "; put them in the rows below it, on the first sheet,"
                        + " and drop the file again");
            }
            return null;
        } catch (UnreadableSheetException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> inboxFiles(Path inbox, Path catalog) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("the inbox " + inbox.toAbsolutePath() + " is not a folder");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || name.startsWith(".") || name.startsWith("~$")
                        || (catalog != null && Files.exists(catalog) && Files.isSameFile(file, catalog))) {
                    continue;
                }
                // a file that is no sheet is rejected with the reason rather than left unread without a word
                files.add(file);
            }
        }
        files.sort(null);
        return files;
    }

    /** The file's SHA-256, in hex: the same bytes are read once, ever. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
