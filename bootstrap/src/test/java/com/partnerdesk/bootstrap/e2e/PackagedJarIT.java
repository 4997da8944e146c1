package com.partnerdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as operators run it: a separate process on a real database file. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "partnerdesk.jar");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run partnerdesk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--db", dir.resolve("desk.db").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/e2e/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    @DisplayName("an operator imports customers and health, lists them, and the database file holds them")
    void importsAndListsThroughThePackagedJar() throws Exception {
        Run customers = partnerdesk("customers", "import", fixture("customers.csv").toString());
        assertThat(customers.exit()).as(customers.err()).isZero();
        assertThat(customers.out()).contains("added 2");

        Run health = partnerdesk("health", "import", fixture("health.json").toString(), "--cloud", "GCC_HIGH");
        assertThat(health.exit()).as(health.err()).isZero();
        assertThat(health.out()).contains("added 1");

        Run listed = partnerdesk("health", "list", "--active");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("EX912345");

        Run json = partnerdesk("customers", "list", "--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"tenantId\"").contains("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

        assertThat(Files.size(dir.resolve("desk.db"))).isPositive();
    }

    @Test
    @DisplayName("a bad customers file is refused whole with exit 2, naming each line, and nothing is written")
    void refusesABadFileWhole() throws Exception {
        Run refused = partnerdesk("customers", "import", fixture("customers-bad.csv").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("line 2").contains("line 3").doesNotContain("Exception");

        Run listed = partnerdesk("customers", "list", "--format", "csv");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out().lines().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("--version and an unknown command answer with exit 0 and exit 2")
    void versionAndBadUsage() throws Exception {
        assertThat(partnerdesk("--version").exit()).isZero();
        Run bad = partnerdesk("frobnicate");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isNotBlank();
    }
}
