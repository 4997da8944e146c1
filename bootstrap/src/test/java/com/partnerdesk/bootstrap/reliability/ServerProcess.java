package com.partnerdesk.bootstrap.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code partnerdesk serve} from the packaged jar, as a separate process on a real database file, listening on a port of
 * loopback the system chose. Its standard output and error go to a log file beside the database (shown when a test
 * fails); {@link #kill()} is SIGKILL, {@link #terminate()} is SIGTERM.
 */
final class ServerProcess implements AutoCloseable {
    /** The packaged jar: {@code target/partnerdesk.jar} of the module, or {@code -Dpartnerdesk.jar} (bench/run). */
    private static final Path JAR = Path.of(System.getProperty("partnerdesk.jar", "target/partnerdesk.jar"));
    private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server on {@code database} with these settings (nothing else of the test's environment that starts with PARTNERDESK_). */
    static ServerProcess start(Path database, Map<String, String> settings, String name) {
        return start(database, settings, name, List.of());
    }

    /** The same, with options for the server's JVM (such as {@code -Xmx512m}). */
    static ServerProcess start(Path database, Map<String, String> settings, String name, List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        String jfr = System.getProperty("storm.jfr");
        if (jfr != null && !jfr.isBlank()) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + "-" + name + ".jfr,settings=profile,dumponexit=true");
        }
        command.addAll(List.of("-jar", JAR.toString(), "--db", database.toString(), "serve", "--port", "0"));
        Path log = database.resolveSibling(name + ".log");
        // The output goes straight to the file: Process.destroy() (SIGTERM) closes the pipes to the child, and what the
        // server logs while it stops would be lost.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("PARTNERDESK_"));
        builder.environment().putAll(settings);
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (true) {
                Matcher serving = SERVING.matcher(readLog(log));
                if (serving.find()) {
                    return new ServerProcess(process, log, Integer.parseInt(serving.group(1)));
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("partnerdesk serve is not serving (" + (process.isAlive()
                            ? "still starting after " + START_TIMEOUT.toSeconds() + " s" : "exit " + process.exitValue())
                            + "):\n" + readLog(log));
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            throw (RuntimeException) e;
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process dies at once, wherever it is. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM: the server is asked to stop. */
    void terminate() {
        process.destroy();
    }

    /** The exit code, or empty when the process is still running after {@code timeout}. */
    java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    /** What the server printed so far. */
    String log() {
        return readLog(log);
    }

    private static String readLog(Path log) {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "(no output)";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Stops the server if it still runs: SIGTERM, then SIGKILL if it has not exited within 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        terminate();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
