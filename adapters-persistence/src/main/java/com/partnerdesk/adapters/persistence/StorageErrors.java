package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.StorageException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into {@link StorageException}s that say what happened and what to do. */
final class StorageErrors {
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    private StorageErrors() {
    }

    /**
     * The failure as the application sees it: a StorageException when an SQL error is behind it,
     * otherwise {@code failure} itself (domain and application exceptions pass through).
     */
    static RuntimeException translate(RuntimeException failure, Path file, String doing) {
        if (failure instanceof StorageException) {
            return failure;
        }
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return failure;
        }
        int code = primaryCode(sql);
        String message = switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> "The database " + file + " is busy: another process held it longer than "
                    + SqliteDatabase.BUSY_TIMEOUT_MILLIS / 1000 + " s while " + doing + "; nothing was written, try again";
            case SQLITE_READONLY -> "The database file " + file + " is read-only (check the permissions of the file, "
                    + "its directory and the disk); nothing was written while " + doing;
            case SQLITE_FULL -> "The disk holding the database " + file + " is full; nothing was written while "
                    + doing + ". Free some space and try again";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "The database file " + file + " is damaged or is not a PartnerDesk "
                    + "database (found while " + doing + "); restore it from a backup";
            case SQLITE_IOERR -> "The disk failed while " + doing + " on " + file + "; nothing was written";
            case SQLITE_CANTOPEN -> "Cannot open the database file " + file + " (check that it and its directory exist "
                    + "and are accessible)";
            case SQLITE_CONSTRAINT -> "The database refused a change while " + doing + ": " + sql.getMessage();
            default -> "The database " + file + " failed while " + doing + ": " + sql.getMessage();
        };
        StorageException.Kind kind = switch (code) {
            case SQLITE_FULL -> StorageException.Kind.DISK_FULL;
            case SQLITE_BUSY, SQLITE_LOCKED -> StorageException.Kind.BUSY;
            default -> StorageException.Kind.OTHER;
        };
        return new StorageException(kind, message, failure);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static int primaryCode(SQLException sql) {
        if (sql instanceof SQLiteException sqlite && sqlite.getResultCode() != null) {
            return sqlite.getResultCode().code & 0xff;
        }
        return sql.getErrorCode() & 0xff;
    }
}
