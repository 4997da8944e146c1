package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.ids.CaseId;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is writing cases with SIGKILL (destroyForcibly) at a random moment, ten times:
 * every case the process acknowledged must be on disk and the file must pass integrity_check.
 */
class SqliteCrashIT {
    private static final int ROUNDS = 10;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCaseSurvivesSigkill() throws Exception {
        Path file = dir.resolve("crash.db");
        Random random = new Random();
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            List<String> roundAcks = new ArrayList<>();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        synchronized (roundAcks) {
                            roundAcks.add(line);
                        }
                    }
                } catch (Exception e) {
                    // the pipe closes when the child dies
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!contains(roundAcks, "READY")) {
                assertThat(child.isAlive()).as("child started").isTrue();
                assertThat(System.nanoTime()).as("child ready within 20 s").isLessThan(deadline);
                Thread.sleep(10);
            }
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.get(10, TimeUnit.SECONDS);
            synchronized (roundAcks) {
                for (String line : roundAcks) {
                    // a line cut short by the kill has no trailing " ." and is not an acknowledgement
                    if (line.startsWith("ACK ") && line.endsWith(" .") && line.length() == 4 + 36 + 2) {
                        acknowledged.add(line.substring(4, 40));
                    }
                }
            }
        }

        assertThat(acknowledged).as("the child acknowledged some cases").isNotEmpty();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
            List<String> missing = acknowledged.stream()
                    .filter(id -> db.cases().find(CaseId.of(id)).isEmpty())
                    .toList();
            assertThat(missing).as("acknowledged but lost").isEmpty();
            System.out.println("SqliteCrashIT: " + acknowledged.size() + " acknowledged cases survived " + ROUNDS
                    + " SIGKILLs");
        }
    }

    private static boolean contains(List<String> lines, String wanted) {
        synchronized (lines) {
            return lines.contains(wanted);
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
