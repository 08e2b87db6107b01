package org.refundbatch.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.refundbatch.files.OwnerOnly;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetLimits;
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
 *
 * <p>Staging never fails on a file (DESIGN §7): a file it cannot read, a name too long to copy, a symbolic
 * link or a device is a file reject with the reason, never followed or opened. A sub-folder is left alone. A
 * file modified less than {@code refund.settle-time} ago may still be being copied: it is left in the inbox,
 * untouched, and recorded as {@link Status#WAITING} so the run summary names it.
 */
public class InboxStager {

    private static final Logger log = LoggerFactory.getLogger(InboxStager.class);

    /** Copies whose name would pass this many bytes are named by their number and extension only. */
    private static final int COPY_NAME_BYTES = 200;

    private final StagedFileRepository stagedFiles;
    private final LedgerRepository ledger;
    private final SheetLimits limits;
    private final Duration settleTime;
    private final Clock clock;

    /**
     * @param settleTime how long a file must lie unmodified before it is read; null or zero reads every file
     */
    public InboxStager(StagedFileRepository stagedFiles, LedgerRepository ledger, SheetLimits limits,
                       Duration settleTime, Clock clock) {
        this.stagedFiles = stagedFiles;
        this.ledger = ledger;
        this.limits = limits;
        this.settleTime = settleTime == null || settleTime.isNegative() ? Duration.ZERO : settleTime;
        this.clock = clock;
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
            OwnerOnly.createDirectories(workDir);
            removeUnregisteredCopies(workDir);
            List<String> seen = new ArrayList<>();
            Instant settledBefore = clock.instant().minus(settleTime);
            int seq = 0;
            for (Path file : inboxFiles(inbox, catalog)) {
                String name = file.getFileName().toString();
                BasicFileAttributes attributes = attributes(file);
                if (attributes != null && attributes.isDirectory()) {
                    log.info("{}: a folder, not a sheet; left alone", name);
                    continue;
                }
                seq++;
                StagedFile result;
                if (attributes == null) {
                    result = refused(runDate, seq, name, file, 0, "cannot be read (its details cannot be looked up);"
                            + " make it readable for the job's user, or save it again and drop it in the inbox");
                } else if (attributes.isSymbolicLink()) {
                    result = refused(runDate, seq, name, file, 0, "is a symbolic link (a shortcut to another file),"
                            + " which is never followed; put the sheet itself in the inbox");
                } else if (!attributes.isRegularFile()) {
                    result = refused(runDate, seq, name, file, 0, "is not a regular file (a device, a pipe or a"
                            + " socket) and is not opened; take it out of the inbox");
                } else if (attributes.lastModifiedTime().toInstant().isAfter(settledBefore)) {
                    log.info("{}: modified less than refund.settle-time ({}) ago, it may still be being copied;"
                            + " left in the inbox for the next night", name, settleTime);
                    result = new StagedFile(runDate, seq, name, file, StagedFileRepository.NOT_READ,
                            attributes.size(), Status.WAITING, "modified less than " + settleTime
                            + " (refund.settle-time) before the run: left in the inbox for the next night");
                } else {
                    result = copyAndAssess(runDate, seq, name, file, attributes.size(), workDir, seen);
                }
                stagedFiles.insert(result);
                if (result.status() == Status.REJECTED || result.status() == Status.DUPLICATE) {
                    ledger.insertRejects(runDate, List.of(new RejectRecord(name, seq, 0, null, null, result.reason(),
                            List.of())));
                    log.warn("Rejected {}: {}", name, result.reason());
                } else if (result.status() == Status.ACCEPTED) {
                    seen.add(result.sha256());
                }
                staged.add(result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the inbox " + inbox + ": " + e.getMessage(), e);
        }
        log.info("Staged {} file(s) from {} into {}", staged.size(), inbox, workDir);
        return staged;
    }

    /** The file's own attributes, a link's not its target's; null when they cannot be read. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static StagedFile refused(LocalDate runDate, int seq, String name, Path file, long size, String why) {
        return new StagedFile(runDate, seq, name, file, StagedFileRepository.NOT_READ, size, Status.REJECTED,
                name + ": " + why);
    }

    /** Copies a regular file into the work folder and decides about it; a file that cannot be read is a reject. */
    private StagedFile copyAndAssess(LocalDate runDate, int seq, String name, Path file, long size, Path workDir,
                                     List<String> seen) {
        if (size > limits.fileSize().toBytes()) {
            return refused(runDate, seq, name, file, size,
                    SheetLimits.reached("the file has", limits.fileSize().toBytes(), "bytes", "file-size"));
        }
        Path copy = workDir.resolve(copyName(seq, name));
        try {
            OwnerOnly.restrict(Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS));
            String sha = sha256(copy);
            return assess(runDate, seq, name, copy, sha, seen);
        } catch (IOException e) {
            String problem = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            return refused(runDate, seq, name, copy, size, "cannot be read (" + problem + "); make it readable"
                    + " for the job's user, or save it again and drop it in the inbox");
        }
    }

    /**
     * The copy's name: the staging number and the file's name, or only the number and the extension when that
     * would make a name too long for the file system (a name near 255 bytes).
     */
    static String copyName(int seq, String name) {
        String full = String.format(Locale.ROOT, "%03d-%s", seq, name);
        if (full.getBytes(StandardCharsets.UTF_8).length <= COPY_NAME_BYTES) {
            return full;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 || name.length() - dot > 10 ? "" : name.substring(dot);
        return String.format(Locale.ROOT, "%03d%s", seq, extension);
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
        String unreadable = unreadable(copy, name, limits);
        return unreadable == null ? new StagedFile(runDate, seq, name, copy, sha, size, Status.ACCEPTED, null)
                : new StagedFile(runDate, seq, name, copy, sha, size, Status.REJECTED, unreadable);
    }

    /**
     * Why a sheet cannot be read at all, as staging rejects it: not a sheet, no header, no withdrawals under it.
     *
     * @return the reason, or null when the sheet can be read
     */
    public static String unreadable(Path copy, String name, SheetLimits limits) {
        try (SheetReader reader = SheetFiles.open(copy, name, limits)) {
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
        } catch (RuntimeException e) { // whatever else a file makes a reader throw: the file is the cause
            return name + ": cannot be read (" + e + "); save it again from Excel and drop it in the inbox again";
        }
    }

    /** The inbox's entries in name order, but hidden files, Excel's lock files and the catalogue. */
    private static List<Path> inboxFiles(Path inbox, Path catalog) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("the inbox " + inbox.toAbsolutePath() + " is not a folder");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("~$") || isCatalog(file, catalog)) {
                    continue;
                }
                // a file that is no sheet is rejected with the reason rather than left unread without a word
                files.add(file);
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean isCatalog(Path file, Path catalog) {
        try {
            return catalog != null && Files.exists(catalog) && !Files.isSymbolicLink(file)
                    && Files.isSameFile(file, catalog);
        } catch (IOException e) {
            return false;
        }
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
