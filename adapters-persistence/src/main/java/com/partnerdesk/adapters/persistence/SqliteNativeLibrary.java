package com.partnerdesk.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * For the {@code partnerdesk} launcher: copies the SQLite native library for this machine out of the jar into a
 * directory, once, and prints its file name. Short commands then load it from there
 * ({@code -Dorg.sqlite.lib.path}, {@code -Dorg.sqlite.lib.name}) instead of sqlite-jdbc extracting and checksumming a
 * fresh copy in the temporary directory on every run.
 *
 * <p>Usage: {@code java -cp partnerdesk.jar com.partnerdesk.adapters.persistence.SqliteNativeLibrary DIR}; exit code 1 (and
 * nothing printed) when the jar holds no library for this machine.
 */
public final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream library = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (library == null) {
                System.exit(1);
                return;
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, name, ".partial");
            Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println(name);
    }
}
