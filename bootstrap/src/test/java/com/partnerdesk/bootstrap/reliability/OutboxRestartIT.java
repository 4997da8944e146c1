package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.adapters.vendor.partnercenter.FakePartnerCenter;
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
 * The outbox across a crash (SPEC §6, the vendor gateway, Partner Center read-back): a request is filed in the portal
 * and its number recorded, the partner adds a note while Partner Center cannot be reached, the dispatcher fails to
 * send it and records that, the server is killed with SIGKILL, and the server started again with Partner Center up
 * sends the note exactly once, under the same {@code MS-RequestId} as the failed attempt; the scheduled sync then
 * finds the customer's other request, filed in the portal and never recorded. Nothing is ever created through the API.
 */
@Timeout(180)
class OutboxRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aNoteAddedWhilePartnerCenterIsDownReachesItOnceAfterACrashAndRestart() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("outbox.db"), 3);
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("PARTNERDESK_VENDOR_GATEWAY", "partner-center");
        settings.put("PARTNERDESK_VENDOR_TOKEN", FakePartnerCenter.TOKEN);
        settings.put("PARTNERDESK_VENDOR_CONNECT_TIMEOUT_MS", "1000");
        settings.put("PARTNERDESK_VENDOR_TIMEOUT_MS", "5000");
        settings.put("PARTNERDESK_OUTBOX_INTERVAL_SECONDS", "1");
        settings.put("PARTNERDESK_OUTBOX_RETRY_SECONDS", "1");
        settings.put("PARTNERDESK_SYNC_INTERVAL_SECONDS", "1");

        try (FakePartnerCenter vendor = FakePartnerCenter.start()) {
            String tenant = desk.tenants.get(0);
            String requestId;
            String number = vendor.fileInPortal(tenant, "Outbound mail to .mil queued for the whole tenant", "critical");
            String unrecorded = vendor.fileInPortal(tenant, "Teams meetings drop after ten minutes", "moderate");
            String note = "Message trace of one deferred message attached.";
            settings.put("PARTNERDESK_VENDOR_URL", "http://127.0.0.1:" + closedPort);
            try (ServerProcess server = ServerProcess.start(desk.database, settings, "vendor-down")) {
                DeskApi api = new DeskApi(server.base(), desk.token);
                requestId = escalate(api, tenant);
                Answer recorded = api.post("/api/v1/service-requests/" + requestId + "/vendor-number",
                        Map.of("vendorRequestNumber", number), Map.of());
                assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
                Answer patched = api.patch("/api/v1/service-requests/" + requestId, Map.of("newNote", note));
                assertThat(patched.status()).as(patched.body().toString()).isEqualTo(200);

                awaitRows(desk, "SELECT count(*) FROM vendor_update_outbox WHERE attempts >= 1"
                        + " AND last_error LIKE '%I/O error%'", server);
                assertThat(api.get("/api/v1/service-requests/" + requestId).body().path("partnerUpdatesWaiting").asInt())
                        .isEqualTo(1);
                server.kill();
            }
            assertThat(vendor.seen()).isEmpty();

            settings.put("PARTNERDESK_VENDOR_URL", vendor.baseUrl());
            try (ServerProcess server = ServerProcess.start(desk.database, settings, "vendor-up")) {
                DeskApi api = new DeskApi(server.base(), desk.token);
                await(api, requestId, r -> r.path("partnerUpdatesWaiting").asInt() == 0, server);
                // Another request awaiting its number shows the customer's request filed in the portal, unrecorded.
                String other = escalate(api, tenant);
                JsonNode offered = await(api, other, r -> r.path("unlinkedVendorRequests").size() == 1, server);
                assertThat(offered.path("unlinkedVendorRequests").get(0).path("vendorRequestNumber").asText())
                        .isEqualTo(unrecorded);
                assertThat(offered.path("filingPortalLink").asText()).startsWith("https://");

                Thread.sleep(3_000); // three more dispatcher rounds: nothing is sent again
                FakePartnerCenter.Stored atVendor = vendor.byId(number).orElseThrow();
                assertThat(atVendor.notes).extracting(n -> n.path("text").asText()).containsExactly(note);
                assertThat(vendor.seen()).filteredOn(seen -> seen.method().equals("PATCH")).hasSize(1);
                assertThat(vendor.seen()).as("nothing is ever created through the API")
                        .allSatisfy(seen -> assertThat(seen.method()).isIn("GET", "PATCH"));
            }
        }
        assertThat(desk.integrityCheck()).isEqualTo("ok");
        assertThat(desk.count("SELECT count(*) FROM vendor_update_outbox WHERE state = 'DELIVERED'")).isEqualTo(1);
    }

    private static void awaitRows(DeskFixture desk, String sql, ServerProcess server) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (desk.count(sql) < 1) {
            assertThat(System.nanoTime()).as("waiting for the dispatcher; server log:\n%s", server.log())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Opens a case the desk triages ESCALATE (service unavailable) and escalates it; returns the service request id. */
    private static String escalate(DeskApi api, String tenant) {
        Instant started = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Answer opened = api.openUnavailableCase(tenant, started);
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
