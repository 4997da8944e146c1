package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The two ops imports fed any bytes at all, through the whole command as an operator runs it: the file
 * is imported (exit 0, the counts printed) or refused with exit 2 and a message on one line per fault
 * that names where the fault is. Never exit 1, never a stack trace, never a half-written import.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI) each method replays its seeds in
 * {@code src/test/resources/com/partnerdesk/adapters/cli/ImportFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for the time given (see docs/fuzzing.md).
 */
class ImportFuzzTest {
    private static Path dir;

    @BeforeAll
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("partnerdesk-import-fuzz");
    }

    @AfterAll
    static void removeDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest(maxDuration = "5m")
    void healthImport(byte[] document) {
        CliTestDesk desk = new CliTestDesk();
        Result result = desk.run("health", "import", write("issues.json", document).toString());

        assertImportedOrRefused(result, "health");
        if (result.exitCode() == ExitCodes.BAD_INPUT) {
            assertThat(desk.storage.health().list(false, java.util.Optional.empty(), 10)).as("a refused file writes nothing").isEmpty();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void customersImport(byte[] csv) {
        CliTestDesk desk = new CliTestDesk();
        int before = desk.storage.customers().all().size();
        Result result = desk.run("customers", "import", write("customers.csv", csv).toString());

        assertImportedOrRefused(result, "customers");
        if (result.exitCode() == ExitCodes.BAD_INPUT) {
            assertThat(desk.storage.customers().all()).as("a refused file writes nothing").hasSize(before);
        }
    }

    /** Exit 0 with the counts, or exit 2 with a clear message on stderr; nothing else. */
    static void assertImportedOrRefused(Result result, String what) {
        assertThat(result.exitCode()).as("%s import exit code; stderr: %s", what, result.err())
                .isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
        if (result.exitCode() == ExitCodes.OK) {
            assertThat(result.out()).startsWith("added ");
            assertThat(result.err()).doesNotContain("partnerdesk:");
            return;
        }
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).isNotEmpty();
        assertThat(result.errLines().get(0)).startsWith(CliErrorHandler.PREFIX).hasSizeGreaterThan(
                CliErrorHandler.PREFIX.length() + 5);
        assertThat(result.err()).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                .doesNotContain("Caused by:");
    }

    private static Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
