package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.bootstrap.reliability.OutageStorm.Outcome;
import com.partnerdesk.bootstrap.reliability.OutageStorm.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnerdesk serve} asked to stop with SIGTERM while requests are in flight: they finish with their normal
 * answer, new connections are refused at once, and the process exits 0 within the grace period. One request is held in
 * flight on purpose (a slow client whose body trickles in from before the signal until after new connections are seen
 * refused), and an outage storm is running at the same time. Nothing answered 201 is lost, and a report that was refused is
 * accepted once after a restart.
 */
@Timeout(300)
class GracefulStopIT {
    static final int GRACE_SECONDS = 20;
    static final int REPORTS = 600;
    static final int CLIENTS = 50;
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: /api/v1/cases/([0-9a-f-]{36})\\s*$");

    @TempDir
    Path dir;

    @Test
    void sigtermFinishesRequestsInFlightRefusesNewOnesAndExitsZero() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("stop.db"), 40);
        Instant outageStart = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<OutageStorm.Report> reports = OutageStorm.reports(desk, "stop", REPORTS, outageStart);
        OutageStorm.Report held = OutageStorm.reports(desk, "held", 1, outageStart).get(0);
        Map<String, String> settings = new HashMap<>(OutageStormIT.CLUSTER_SETTINGS);
        settings.put("PARTNERDESK_STOP_GRACE_SECONDS", String.valueOf(GRACE_SECONDS));

        Result storm;
        String heldCase;
        long stopMillis;
        try (ServerProcess server = ServerProcess.start(desk.database, settings, "stopping-server");
             Socket slow = new Socket()) {
            // A request in flight from a slow client: its body (whitespace first, which JSON allows) comes a byte every
            // 100 ms until the test lets it finish; the server is in the handler, reading it.
            slow.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            slow.setSoTimeout(60_000);
            SlowUpload upload = new SlowUpload(slow.getOutputStream(), held, server.port(), desk.token);
            upload.start();
            // The storm in flight too.
            OutageStorm clients = new OutageStorm(server.base(), desk.token);
            CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return clients.run(reports, CLIENTS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (clients.acknowledged() < REPORTS / 4) {
                assertThat(System.nanoTime()).as("the storm under way; server log:\n%s", server.log()).isLessThan(deadline);
                Thread.sleep(5);
            }

            long signalled = System.nanoTime();
            server.terminate();

            // New connections are refused while the held request is still in flight.
            boolean refused = false;
            long refusalDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!refused && System.nanoTime() < refusalDeadline) {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress("127.0.0.1", server.port()), 1_000);
                    Thread.sleep(10);
                } catch (ConnectException expected) {
                    refused = true;
                }
            }
            assertThat(refused).as("a new connection is refused within 10 s of SIGTERM").isTrue();
            assertThat(server.isAlive()).as("the server waits for the request in flight").isTrue();

            // The held request completes with its normal answer.
            upload.finish();
            String response = readAll(slow.getInputStream());
            Matcher status = STATUS.matcher(response);
            assertThat(status.find()).as(response).isTrue();
            assertThat(status.group(1)).as(response).isEqualTo("201");
            Matcher location = LOCATION.matcher(response);
            assertThat(location.find()).as(response).isTrue();
            heldCase = location.group(1);

            OptionalInt exit = server.awaitExit(Duration.ofSeconds(GRACE_SECONDS + 10));
            stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
            assertThat(exit).as("exit code within the grace period; server log:\n%s", server.log()).hasValue(0);
            assertThat(server.log()).contains("Stopped in");
            clients.halt();
            storm = running.get(60, TimeUnit.SECONDS);
        }

        List<Outcome> answered = storm.outcomes().stream().filter(Objects::nonNull).toList();
        assertThat(answered).as("every storm request got its normal answer (201) or was refused: never a 500")
                .allSatisfy(o -> assertThat(o.status()).isIn(201, 503, 0));
        Set<String> onDisk = desk.caseIds();
        assertThat(storm.created()).extracting(o -> o.caseId().orElseThrow()).allMatch(onDisk::contains);
        assertThat(onDisk).contains(heldCase);
        assertThat(desk.integrityCheck()).isEqualTo("ok");
        System.out.printf("GracefulStopIT: SIGTERM with %d storm cases acknowledged and one request held in flight; "
                        + "new connections refused, the held request answered 201, exit 0 %d ms after the signal%n",
                storm.created().size(), stopMillis);

        // After a restart every report not acknowledged is accepted once; the held one is not created twice.
        try (ServerProcess server = ServerProcess.start(desk.database, settings, "restarted-server")) {
            List<OutageStorm.Report> again = new java.util.ArrayList<>(storm.notAcknowledged());
            again.add(held);
            Result replay = new OutageStorm(server.base(), desk.token).run(again, CLIENTS);
            assertThat(replay.errors()).as("server log:\n%s", server.log()).isEmpty();
            Set<String> all = new HashSet<>();
            storm.created().forEach(o -> all.add(o.caseId().orElseThrow()));
            replay.created().forEach(o -> all.add(o.caseId().orElseThrow()));
            assertThat(all).contains(heldCase).hasSize(REPORTS + 1);
            assertThat(desk.caseIds()).isEqualTo(all);
        }
    }

    /** A POST whose body trickles in, one byte every 100 ms, until {@link #finish()} sends the rest at once. */
    private static final class SlowUpload extends Thread {
        private static final int PADDING = 600;
        private final OutputStream out;
        private final byte[] body;
        private final java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        private volatile Exception failure;
        private volatile boolean ranOut;

        SlowUpload(OutputStream out, OutageStorm.Report report, int port, String token) throws IOException {
            super("slow-upload");
            setDaemon(true);
            this.out = out;
            this.body = (" ".repeat(PADDING) + report.body()).getBytes(StandardCharsets.UTF_8);
            out.write(("POST /api/v1/customers/" + report.tenant() + "/cases HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nIdempotency-Key: "
                    + report.key() + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void run() {
            try {
                int sent = 0;
                while (sent < PADDING && !finish.await(100, TimeUnit.MILLISECONDS)) {
                    out.write(body[sent++]);
                    out.flush();
                }
                ranOut = sent == PADDING;
                out.write(body, sent, body.length - sent);
                out.flush();
            } catch (Exception e) {
                failure = e;
            }
        }

        void finish() throws Exception {
            finish.countDown();
            join(10_000);
            if (failure != null) {
                throw failure;
            }
            if (ranOut) {
                throw new AssertionError("the slow upload ended on its own before the test let it finish: it was not in"
                        + " flight during the stop");
            }
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
