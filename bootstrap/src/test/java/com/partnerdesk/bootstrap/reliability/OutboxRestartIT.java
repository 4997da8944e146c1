package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.adapters.vendor.FakeVendor;
import com.partnerdesk.bootstrap.reliability.DeskApi.Answer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox across a crash (SPEC §6, the vendor gateway): a case is escalated while the vendor cannot be reached, the
 * dispatcher fails to deliver and records it, the server is killed with SIGKILL, and the server started again with the
 * vendor up delivers the request, exactly once at the vendor, with the request's own id as the correlation id.
 */
@Timeout(180)
class OutboxRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aRequestEscalatedWhileTheVendorIsDownIsDeliveredOnceAfterACrashAndRestart() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("outbox.db"), 3);
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("PARTNERDESK_VENDOR_GATEWAY", "http");
        settings.put("PARTNERDESK_VENDOR_TOKEN", FakeVendor.TOKEN);
        settings.put("PARTNERDESK_VENDOR_CONNECT_TIMEOUT_MS", "1000");
        settings.put("PARTNERDESK_VENDOR_TIMEOUT_MS", "5000");
        settings.put("PARTNERDESK_OUTBOX_INTERVAL_SECONDS", "1");
        settings.put("PARTNERDESK_OUTBOX_RETRY_SECONDS", "1");

        String requestId;
        settings.put("PARTNERDESK_VENDOR_URL", "http://127.0.0.1:" + closedPort);
        try (ServerProcess server = ServerProcess.start(desk.database, settings, "vendor-down")) {
            DeskApi api = new DeskApi(server.base(), desk.token);
            requestId = escalate(api, desk.tenants.get(0));

            JsonNode failed = await(api, requestId, r -> r.path("deliveryAttempts").asInt() >= 1, server);
            assertThat(failed.path("deliveryState").asText()).isEqualTo("PENDING");
            assertThat(failed.path("deliveryError").asText()).contains("I/O error");
            assertThat(failed.path("vendorRequestNumber").isNull()).isTrue();
            server.kill();
        }

        try (FakeVendor vendor = FakeVendor.start()) {
            settings.put("PARTNERDESK_VENDOR_URL", vendor.baseUrl());
            try (ServerProcess server = ServerProcess.start(desk.database, settings, "vendor-up")) {
                DeskApi api = new DeskApi(server.base(), desk.token);
                JsonNode delivered = await(api, requestId, r -> r.path("deliveryState").asText().equals("DELIVERED"), server);
                FakeVendor.Stored atVendor = vendor.byRequestId(requestId).orElseThrow();
                assertThat(delivered.path("vendorRequestNumber").asText()).isEqualTo(atVendor.id);
                assertThat(atVendor.tenantId).isEqualTo(desk.tenants.get(0));

                Thread.sleep(3_000); // three more dispatcher rounds: nothing is sent again
                assertThat(vendor.createCalls()).as("creates sent to the vendor").isEqualTo(1);
                assertThat(vendor.requestCount()).as("requests the vendor holds").isEqualTo(1);
                assertThat(api.get("/api/v1/service-requests/" + requestId).body().path("deliveryState").asText())
                        .isEqualTo("DELIVERED");
            }
        }
        assertThat(desk.integrityCheck()).isEqualTo("ok");
        assertThat(desk.count("SELECT count(*) FROM vendor_outbox")).isEqualTo(1);
    }

    /** Opens a case the desk triages ESCALATE (service unavailable) and escalates it; returns the service request id. */
    private static String escalate(DeskApi api, String tenant) {
        Instant started = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("service", DeskFixture.SERVICE);
        problem.put("title", "Outbound mail to .mil recipients queued");
        problem.put("description", "Every message to army.mil is deferred with 4.4.7; the outbound connector validates.");
        problem.put("startedAt", started.toString());
        problem.put("usersAffected", "TENANT");
        problem.put("impact", "CRITICAL");
        problem.put("classification", "UNAVAILABLE");
        Answer opened = api.post("/api/v1/customers/" + tenant + "/cases", problem, Map.of());
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        assertThat(opened.body().path("triage").path("category").asText()).isEqualTo("SERVICE_UNAVAILABLE");

        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Outbound mail to .mil queued for the whole tenant");
        draft.put("description", "Since " + started + " every message to army.mil is deferred; no health advisory.");
        draft.put("severity", "CRITICAL");
        draft.put("supportTopicId", api.supportTopic("OFFICE_365", "Mail flow"));
        draft.put("countryCode", "US");
        draft.put("evidence", Map.of("startedAt", started.toString(), "affectedUsers", "All 1,200 mailboxes"));
        Answer escalated = api.post("/api/v1/cases/" + opened.body().path("id").asText() + "/escalation", draft,
                Map.of("If-Match", opened.header("ETag")));
        assertThat(escalated.status()).as(escalated.body().toString()).isEqualTo(201);
        return escalated.body().path("id").asText();
    }

    private static JsonNode await(DeskApi api, String requestId, Predicate<JsonNode> condition, ServerProcess server)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode request = api.get("/api/v1/service-requests/" + requestId).body();
            if (condition.test(request)) {
                return request;
            }
            assertThat(System.nanoTime()).as("waiting for the dispatcher; last seen %s; server log:\n%s", request,
                    server.log()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
