package com.partnerdesk.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partnerdesk db migrate | db backup FILE}. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Migrate or back up the database.")
public final class DbCommand {
    private final DatabaseMaintenance database;

    @Spec
    CommandSpec spec;

    public DbCommand(DatabaseMaintenance database) {
        this.database = database;
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Bring the database schema up to date (creates the database if needed).")
    void migrate() {
        Out.of(spec).println(database.migrate());
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the database to FILE.")
    void backup(@Parameters(paramLabel = "FILE", description = "where to write the copy (must not exist yet)") Path file) {
        if (Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), file + " already exists; choose a new file name");
        }
        database.backup(file);
        Out.of(spec).println("backed up to " + file);
    }
}
