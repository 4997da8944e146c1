package com.partnerdesk.bootstrap.reliability;

import static com.partnerdesk.adapters.vendor.health.FakeMicrosoftCloud.issue;
import static com.partnerdesk.adapters.vendor.health.FakeMicrosoftCloud.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.adapters.vendor.health.FakeMicrosoftCloud;
import com.partnerdesk.bootstrap.reliability.DeskApi.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health sync of a running {@code partnerdesk serve} (the packaged jar, a real database file) against a fake
 * Microsoft sign-in and Graph: a scheduled round brings a customer's issue (its case is linked at intake, another
 * customer's is not) and a tenant without consent is shown in words; a new issue and an ended one are picked up without
 * a restart; a SIGKILL in the middle of a customer's reading loses and duplicates nothing.
 */
@Timeout(180)
class HealthSyncIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aRunningServerKeepsEachCustomersHealthAsTheVendorPublishesItAcrossAKill() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("health.db"), 3);
        String affected = desk.tenants.get(0);
        String withoutConsent = desk.tenants.get(1);
        String unaffected = desk.tenants.get(2);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant started = now.minus(Duration.ofHours(1));
        String outage = issue("EX990001", DeskFixture.SERVICE, "ServiceDegradation", false, started, Optional.empty(),
                started.plusSeconds(60));

        try (FakeMicrosoftCloud cloud = FakeMicrosoftCloud.start()) {
            cloud.feed(affected, page(1, false, outage)).withoutConsent(withoutConsent);
            Map<String, String> settings = new HashMap<>();
            settings.put("PARTNERDESK_GRAPH_CLIENT_ID", FakeMicrosoftCloud.CLIENT_ID);
            settings.put("PARTNERDESK_GRAPH_CLIENT_SECRET", FakeMicrosoftCloud.CLIENT_SECRET);
            settings.put("PARTNERDESK_LOGIN_URL", cloud.baseUrl());
            settings.put("PARTNERDESK_GRAPH_URL", cloud.baseUrl());
            settings.put("PARTNERDESK_ARM_URL", cloud.baseUrl());
            settings.put("PARTNERDESK_HEALTH_SYNC_INTERVAL_SECONDS", "1");

            String waiting;
            try (ServerProcess server = ServerProcess.start(desk.database, settings, "health-1")) {
                DeskApi api = new DeskApi(server.base(), desk.token);
                await(() -> status(api, affected).path("issuesBrought").asInt() == 1
                        && status(api, withoutConsent).path("failure").isTextual(), server);
                assertThat(status(api, withoutConsent).path("failure").asText())
                        .startsWith("admin consent missing in the customer's tenant " + withoutConsent)
                        .contains("AADSTS7000229");

                JsonNode linked = open(api, affected);
                JsonNode notLinked = open(api, unaffected);
                assertThat(linked.path("triage").path("outcome").asText()).isEqualTo("KNOWN_INCIDENT");
                assertThat(linked.path("status").asText()).isEqualTo("WAITING_ON_INCIDENT");
                assertThat(notLinked.path("triage").path("outcome").asText()).isEqualTo("ESCALATE");
                waiting = linked.path("id").asText();

                // the vendor ends the outage and posts a new advisory: the next rounds pick both up, no restart
                String ended = issue("EX990001", DeskFixture.SERVICE, "ServiceRestored", true, started,
                        Optional.of(now), now.plusSeconds(1));
                String advisory = issue("EX990002", "Microsoft Teams", "Investigating", false, now, Optional.empty(),
                        now.plusSeconds(2));
                cloud.feed(affected, page(1, false, ended, advisory));
                await(() -> api.get("/api/v1/cases/" + waiting).body().path("status").asText().equals("RECHECK")
                        && api.get("/api/v1/health/issues/EX990002").status() == 200, server);

                // the next change spans two pages; the server is killed while it waits for the second
                String third = issue("EX990003", DeskFixture.SERVICE, "Investigating", false, now, Optional.empty(),
                        now.plusSeconds(3));
                String fourth = issue("EX990004", DeskFixture.SERVICE, "Investigating", false, now, Optional.empty(),
                        now.plusSeconds(4));
                FakeMicrosoftCloud.Pause pause = cloud.pauseAt(affected, 2);
                cloud.feed(affected, page(1, true, ended, advisory, third), page(2, false, fourth));
                assertThat(pause.reached().await(WAIT.toSeconds(), TimeUnit.SECONDS))
                        .as("the sync asked for the second page; server log:\n%s", server.log()).isTrue();
                server.kill();
                cloud.resume(affected);
            }

            assertThat(desk.integrityCheck()).isEqualTo("ok");
            assertThat(desk.count("SELECT count(*) FROM health_issues WHERE id IN ('EX990003', 'EX990004')"))
                    .as("the customer's half-read feed is not half-stored").isZero();
            assertThat(desk.count("SELECT count(*) FROM health_issues")).isEqualTo(2);

            try (ServerProcess server = ServerProcess.start(desk.database, settings, "health-2")) {
                DeskApi api = new DeskApi(server.base(), desk.token);
                await(() -> api.get("/api/v1/health/issues/EX990004").status() == 200, server);
                Thread.sleep(2_500); // more rounds: nothing is stored twice
            }
        }
        assertThat(desk.integrityCheck()).isEqualTo("ok");
        assertThat(desk.count("SELECT count(*) FROM health_issues")).isEqualTo(4);
        assertThat(desk.count("SELECT count(*) FROM health_issue_audiences")).as("each issue shown to its customer once")
                .isEqualTo(4);
        assertThat(desk.count("SELECT count(*) FROM health_issue_audiences WHERE tenant_id = '" + affected + "'"))
                .isEqualTo(4);
        assertThat(desk.count("SELECT count(*) FROM cases WHERE status = 'RECHECK'")).isEqualTo(1);
    }

    private static JsonNode status(DeskApi api, String tenant) {
        for (JsonNode s : api.get("/api/v1/health/sync?limit=100").body().path("items")) {
            if (s.path("tenantId").asText().equals(tenant)) {
                return s;
            }
        }
        throw new AssertionError("no health sync status for " + tenant);
    }

    /** Opens a case about Exchange Online, started 20 minutes ago, service unavailable. */
    private static JsonNode open(DeskApi api, String tenant) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("service", DeskFixture.SERVICE);
        problem.put("title", "Mailboxes unreachable");
        problem.put("description", "No user of the tenant can open a mailbox since this morning.");
        problem.put("startedAt", Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        problem.put("usersAffected", "TENANT");
        problem.put("impact", "CRITICAL");
        problem.put("classification", "UNAVAILABLE");
        Answer opened = api.post("/api/v1/customers/" + tenant + "/cases", problem, Map.of());
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.body();
    }

    private static void await(Supplier<Boolean> condition, ServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("waiting for the health sync; server log:\n%s", server.log())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
