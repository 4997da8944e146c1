package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    @DisplayName("the schema version the quick open trusts is the newest migration shipped")
    void schemaVersionIsTheNewestMigration() throws IOException {
        int[] versions;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            versions = files.map(p -> MIGRATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .toArray();
        }
        assertThat(SqliteDatabase.SCHEMA_VERSION).isEqualTo(java.util.Arrays.stream(versions).max().orElseThrow());
        assertThat(SqliteDatabase.SCHEMA_MIGRATIONS).isEqualTo(versions.length);
    }

    @Test
    @DisplayName("a database opened a second time is at the newest version and intact")
    void reopeningAMigratedDatabaseKeepsItsSchema(@TempDir Path dir) {
        Path file = dir.resolve("desk.db");
        SqliteDatabase.open(file).close();
        try (SqliteDatabase reopened = SqliteDatabase.open(file)) {
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
            assertThat(reopened.customers().all()).isEmpty();
        }
    }
}
