package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.application.error.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerDeskCommandTest {
    private final CliTestDesk desk = new CliTestDesk();

    @Test
    void versionPrintsTheProductVersion() {
        Result result = desk.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("partnerdesk ");
    }

    @Test
    void versionAnswersTheSameOnASubcommand() {
        Result result = desk.run("customers", "import", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(desk.run("--version").out());
    }

    @Test
    void helpListsTheCommandsAndTheDatabaseOption() {
        Result result = desk.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--db=PATH", "database file (default ./partnerdesk.db or $PARTNERDESK_DB)",
                "db", "agents", "customers", "health", "cases", "requests", "audit", "report");
        assertThat(result.out()).doesNotContain("serve", "submit", "sync");
    }

    @Test
    void everyCommandHasHelp() {
        String[][] commands = {{"db"}, {"db", "migrate"}, {"db", "backup"}, {"agents"}, {"agents", "add"},
                {"agents", "list"}, {"agents", "disable"}, {"agents", "roles"}, {"agents", "token"}, {"customers"},
                {"customers", "import"}, {"customers", "list"}, {"health"}, {"health", "import"}, {"health", "list"},
                {"cases", "list"}, {"requests", "list"}, {"audit", "export"}, {"report", "escalations"}};
        for (String[] command : commands) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Result result = desk.run(args);
            assertThat(result.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(result.out()).as(String.join(" ", command)).contains("Usage: partnerdesk " + String.join(" ", command));
        }
    }

    @Test
    void anUnknownCommandIsBadUsageInOneLine() {
        Result result = desk.run("customers", "frobnicate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).singleElement().asString().startsWith("partnerdesk customers: ")
                .contains("frobnicate");
    }

    @Test
    void aGroupWithoutItsSubcommandIsBadUsage() {
        Result result = desk.run("agents");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("Missing required subcommand");
    }

    @Test
    void theDatabaseOptionIsAcceptedBeforeOrAfterTheCommand() {
        assertThat(desk.run("--db", "x.db", "db", "migrate").exitCode()).isZero();
        assertThat(desk.run("db", "migrate", "--db", "x.db").exitCode()).isZero();
    }

    @Test
    void theDatabaseLocationComesFromTheOptionThenTheEnvironmentThenTheDefault() {
        assertThat(DatabaseLocation.resolve(new String[] {"cases", "list", "--db", "/srv/pd.db"},
                Map.of("PARTNERDESK_DB", "/env.db"))).isEqualTo(Path.of("/srv/pd.db"));
        assertThat(DatabaseLocation.resolve(new String[] {"--db=/srv/pd.db"}, Map.of())).isEqualTo(Path.of("/srv/pd.db"));
        assertThat(DatabaseLocation.resolve(new String[] {"cases", "list"}, Map.of("PARTNERDESK_DB", "/env.db")))
                .isEqualTo(Path.of("/env.db"));
        assertThat(DatabaseLocation.resolve(new String[] {}, Map.of())).isEqualTo(Path.of("partnerdesk.db"));
    }

    @Test
    void dbMigratePrintsWhatTheMigrationDid() {
        Result result = desk.run("db", "migrate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("schema at version 3 (3 migrations applied)\n");
        assertThat(desk.database.migrations).isEqualTo(1);
    }

    @Test
    void dbBackupWritesToTheGivenFile(@TempDir Path dir) {
        Path target = dir.resolve("backup.db");

        Result result = desk.run("db", "backup", target.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("backed up to " + target);
        assertThat(desk.database.backups).containsExactly(target);
    }

    @Test
    void dbBackupRefusesToOverwriteAFile(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("backup.db"), "precious");

        Result result = desk.run("db", "backup", target.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("already exists");
        assertThat(desk.database.backups).isEmpty();
    }

    @Test
    void aStorageFailureExitsWithOneAndNoStackTrace(@TempDir Path dir) {
        desk.database.failure = new StorageException("the database could not be copied",
                new java.io.IOException("No space left on device"));

        Result result = desk.run("db", "backup", dir.resolve("b.db").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly(
                "partnerdesk: database: the database could not be copied (No space left on device)");
    }

    @Test
    void anUnexpectedFailureExitsWithOneAndItsMessage(@TempDir Path dir) {
        desk.database.failure = new IllegalStateException("backup API busy");

        Result result = desk.run("db", "backup", dir.resolve("b.db").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("partnerdesk: backup API busy");
        assertThat(result.err()).doesNotContain("\tat ");
    }
}
