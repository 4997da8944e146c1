package com.partnerdesk.adapters.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The database and its backups hold customers' data and the audit trail: they are created readable and writable by
 * their owner only (0600); SQLite gives its WAL and shared-memory files the database's permissions. An existing
 * database that others may read is tightened to 0600 for the others (its group keeps what it had, 0640 at most).
 * File systems without POSIX permissions are left as they are.
 */
final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE);

    private OwnerOnlyFiles() {
    }

    /** Creates an empty file readable by its owner only; it must not exist. */
    static void createEmpty(Path file) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(file, OWNER_ONLY); // the umask may have taken some away, never added
        } else {
            Files.createFile(file);
        }
    }

    /** A new database file is created empty and owner-only; an existing one loses what others may do with it. */
    static void createOrTighten(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                createEmpty(file);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: tighten below
            }
            return;
        }
        if (posix(file)) {
            try {
                Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
                Set<PosixFilePermission> tightened = EnumSet.copyOf(now);
                tightened.removeAll(OTHERS);
                if (!tightened.equals(now)) {
                    Files.setPosixFilePermissions(file, tightened);
                }
            } catch (IOException notTheOwner) {
                // only the file's owner may change its permissions; the desk still opens it
            }
        }
    }

    private static boolean posix(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return (parent != null ? parent : file).getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
