package org.refundbatch.files;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that only the job's user can read (DESIGN §7, safe by default): folders {@code rwx------},
 * files {@code rw-------}, where the file system has POSIX permissions; elsewhere the folder's own access rules
 * apply. Outputs, work copies, the archive, the embedded database's folder and POI's temporary files go through
 * here; the log file gets them from the {@code UMask=0077} of the systemd unit.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parent as {@code rwx------}; an existing folder is left as it is. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        return posix(dir) ? Files.createDirectories(dir, attribute(FOLDER)) : Files.createDirectories(dir);
    }

    /** Creates an empty file as {@code rw-------}; fails when it exists. */
    public static Path createFile(Path file) throws IOException {
        return posix(file) ? Files.createFile(file, attribute(FILE)) : Files.createFile(file);
    }

    /** Makes an existing file {@code rw-------} or folder {@code rwx------} (a copy or a move keeps its source's). */
    public static Path restrict(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
        return path;
    }

    private static boolean posix(Path path) {
        FileSystem fileSystem = path.getFileSystem();
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
