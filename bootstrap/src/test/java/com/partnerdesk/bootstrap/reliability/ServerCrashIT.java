package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.bootstrap.reliability.OutageStorm.Outcome;
import com.partnerdesk.bootstrap.reliability.OutageStorm.Result;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 "a case acknowledged to the user is on disk", the hard way: the packaged server is killed with SIGKILL in the
 * middle of an outage storm. The file as the crash left it passes {@code PRAGMA integrity_check} and holds every case
 * that was answered 201; the server restarted on it takes the rest of the storm (each report the clients never saw
 * acknowledged is sent again with its Idempotency-Key), and at the end there is exactly one case per report and one
 * cluster.
 */
@Timeout(300)
class ServerCrashIT {
    static final int REPORTS = Integer.getInteger("crash.reports", 900);
    static final int CLIENTS = 100;
    static final int CUSTOMERS = 60;

    @TempDir
    Path dir;

    @Test
    void aServerKilledDuringTheStormLosesNothingItAcknowledged() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("crash.db"), CUSTOMERS);
        Instant outageStart = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<OutageStorm.Report> reports = OutageStorm.reports(desk, "crash", REPORTS, outageStart);

        Result beforeKill;
        try (ServerProcess server = ServerProcess.start(desk.database, OutageStormIT.CLUSTER_SETTINGS, "crash-server")) {
            OutageStorm storm = new OutageStorm(server.base(), desk.token);
            CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return storm.run(reports, CLIENTS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (storm.acknowledged() < REPORTS / 3) {
                assertThat(System.nanoTime()).as("a third of the storm acknowledged within 120 s; server log:\n%s",
                        server.log()).isLessThan(deadline);
                assertThat(running).as("the storm is still running").isNotDone();
                Thread.sleep(5);
            }
            server.kill();
            storm.halt();
            beforeKill = running.get(120, TimeUnit.SECONDS);
        }

        List<String> acknowledged = beforeKill.created().stream().map(o -> o.caseId().orElseThrow()).toList();
        assertThat(acknowledged).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(REPORTS / 3);
        assertThat(beforeKill.notAcknowledged()).as("the kill came before the end of the storm").isNotEmpty();
        assertThat(desk.integrityCheck()).as("the file as the crash left it").isEqualTo("ok");
        Set<String> onDisk = desk.caseIds();
        assertThat(acknowledged).as("acknowledged with 201 but missing after SIGKILL").allMatch(onDisk::contains);
        System.out.printf("ServerCrashIT: SIGKILL after %d acknowledged cases; %d cases on disk (%d committed but not yet"
                        + " answered); %d reports to send again%n", acknowledged.size(), onDisk.size(),
                onDisk.size() - acknowledged.size(), beforeKill.notAcknowledged().size());

        Result afterRestart;
        try (ServerProcess server = ServerProcess.start(desk.database, OutageStormIT.CLUSTER_SETTINGS, "restarted-server")) {
            afterRestart = new OutageStorm(server.base(), desk.token).run(beforeKill.notAcknowledged(), CLIENTS);
            assertThat(afterRestart.errors()).as("errors after the restart (server log:\n%s)", server.log()).isEmpty();
            server.terminate();
            assertThat(server.awaitExit(java.time.Duration.ofSeconds(30))).as("a clean stop after the storm").hasValue(0);
        }

        Set<String> answered = new HashSet<>(acknowledged);
        afterRestart.created().stream().map(Outcome::caseId).map(java.util.Optional::orElseThrow).forEach(answered::add);
        Set<String> stored = desk.caseIds();
        assertThat(answered).as("one case per report, replays included").hasSize(REPORTS);
        assertThat(stored).as("the database holds exactly the cases answered").isEqualTo(answered);
        assertThat(desk.integrityCheck()).isEqualTo("ok");
        assertThat(desk.count("SELECT count(*) FROM clusters")).as("clusters formed across the crash").isEqualTo(1);
        assertThat(desk.strings("SELECT DISTINCT coalesce(cluster_id, 'none') FROM cases")).hasSize(1).doesNotContain("none");
        assertThat(desk.count("SELECT count(*) FROM cluster_cases")).isEqualTo(REPORTS);
        assertThat(desk.count("SELECT count(*) FROM cluster_customers")).isEqualTo(CUSTOMERS);
        assertThat(desk.count("SELECT count(*) FROM idempotency_keys WHERE scope LIKE 'open-case:%'")).isEqualTo(REPORTS);
    }
}
