package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.bootstrap.reliability.DeskApi.Answer;
import com.partnerdesk.bootstrap.reliability.OutageStorm.Result;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4 rule 3 and §7 under a regional outage: {@value #CLIENTS_DEFAULT} clients at once report cases about one
 * service from {@value #CUSTOMERS_DEFAULT} customers in one region, through the JSON API of the packaged server, each
 * POST with a bearer token and an Idempotency-Key. Halfway through, an agent escalates the cluster; the rest of the
 * storm follows the one service request. Nothing may fail, every case answered 201 is in the database, the reports make
 * one cluster and one service request, and a second escalation is refused (422: the case is already escalated).
 *
 * <p>CI runs {@value #REPORTS_DEFAULT} reports; the full storm is {@code -Dstorm.reports=10000} (also
 * {@code -Dstorm.clients}, {@code -Dstorm.customers}; {@code -Dstorm.escalate=false} leaves out the escalation;
 * {@code -Dstorm.jfr=/tmp/storm} records the server with JFR).
 */
@Timeout(1800)
class OutageStormIT {
    static final int REPORTS_DEFAULT = 1_200;
    static final int CLIENTS_DEFAULT = 200;
    static final int CUSTOMERS_DEFAULT = 500;
    static final int REPORTS = Integer.getInteger("storm.reports", REPORTS_DEFAULT);
    static final int CLIENTS = Integer.getInteger("storm.clients", CLIENTS_DEFAULT);
    static final int CUSTOMERS = Integer.getInteger("storm.customers", CUSTOMERS_DEFAULT);
    /** {@code -Dstorm.escalate=false}: the storm alone, as the issue states it, with no escalation halfway. */
    static final boolean ESCALATE = Boolean.parseBoolean(System.getProperty("storm.escalate", "true"));
    static final Map<String, String> CLUSTER_SETTINGS = Map.of("PARTNERDESK_CLUSTER_CUSTOMERS", "3",
            "PARTNERDESK_CLUSTER_WINDOW_MINUTES", "60");

    @TempDir
    Path dir;

    /** The service request the cluster was escalated to halfway, and the storm's second half. */
    private record Escalation(String requestId, Result secondHalf) {
    }

    @Test
    void aRegionalOutageStormLosesNothingFormsOneClusterAndIsEscalatedOnce() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("storm.db"), CUSTOMERS);
        Instant outageStart = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<OutageStorm.Report> reports = OutageStorm.reports(desk, "storm", REPORTS, outageStart);
        int half = ESCALATE ? REPORTS / 2 : REPORTS;

        Result first;
        Optional<Escalation> escalation = Optional.empty();
        try (ServerProcess server = ServerProcess.start(desk.database, CLUSTER_SETTINGS, "storm-server")) {
            first = new OutageStorm(server.base(), desk.token).run(reports.subList(0, half), CLIENTS);
            System.out.println("OutageStormIT, " + (ESCALATE ? "before the escalation: " : "") + first.summary(CLIENTS));
            assertThat(first.errors()).as("errors (server log:\n%s)", server.log()).isEmpty();
            if (ESCALATE) {
                escalation = Optional.of(escalateAndGoOn(server, desk, first, reports.subList(half, REPORTS)));
            }
        }

        List<String> created = new ArrayList<>();
        first.created().forEach(o -> created.add(o.caseId().orElseThrow()));
        escalation.ifPresent(e -> e.secondHalf().created().forEach(o -> created.add(o.caseId().orElseThrow())));
        Set<String> stored = desk.caseIds();
        assertThat(Set.copyOf(created)).as("one case per report").hasSize(REPORTS);
        assertThat(created).as("acknowledged but not in the database").allMatch(stored::contains);
        assertThat(stored).hasSize(REPORTS);
        assertThat(desk.integrityCheck()).isEqualTo("ok");

        assertThat(desk.count("SELECT count(*) FROM clusters")).as("clusters formed").isEqualTo(1);
        assertThat(desk.strings("SELECT DISTINCT coalesce(cluster_id, 'none') FROM cases")).as("cluster ids on the cases")
                .hasSize(1).doesNotContain("none");
        assertThat(desk.count("SELECT count(*) FROM cluster_customers")).isEqualTo(Math.min(CUSTOMERS, REPORTS));
        assertThat(desk.count("SELECT count(*) FROM cluster_cases")).isEqualTo(REPORTS);
        assertThat(desk.strings("SELECT DISTINCT triage_category FROM cases")).containsExactly("REGIONAL_MULTI_TENANT");

        if (escalation.isEmpty()) {
            assertThat(desk.strings("SELECT DISTINCT status FROM cases")).containsExactly("TRIAGED");
            return;
        }
        String requestId = escalation.get().requestId();
        assertThat(desk.strings("SELECT id FROM service_requests")).as("service requests").containsExactly(requestId);
        assertThat(desk.strings("SELECT DISTINCT status || ' ' || service_request_id FROM cases"))
                .as("every case follows the one request").containsExactly("ESCALATED " + requestId);
        assertThat(desk.count("SELECT count(*) FROM service_request_cases")).isEqualTo(REPORTS);
        assertThat(desk.count("SELECT count(*) FROM vendor_outbox")).isEqualTo(1);
    }

    /** An agent escalates the cluster; the rest of the storm follows; a second escalation is refused. */
    private static Escalation escalateAndGoOn(ServerProcess server, DeskFixture desk, Result first,
                                              List<OutageStorm.Report> rest) throws InterruptedException {
        DeskApi api = new DeskApi(server.base(), desk.token);
        long escalating = System.nanoTime();
        Answer escalated = escalate(api, first.created().get(0).caseId().orElseThrow());
        assertThat(escalated.status()).as(escalated.body().toString()).isEqualTo(201);
        System.out.printf("OutageStormIT: the cluster of %d cases escalated in %d ms%n",
                escalated.body().path("caseCount").asInt(), (System.nanoTime() - escalating) / 1_000_000);

        Result second = new OutageStorm(server.base(), desk.token).run(rest, CLIENTS);
        System.out.println("OutageStormIT, after the escalation: " + second.summary(CLIENTS));
        assertThat(second.errors()).as("errors (server log:\n%s)", server.log()).isEmpty();

        Answer again = escalate(api, second.created().get(0).caseId().orElseThrow());
        assertThat(again.status()).as("a second escalation of the cluster: %s", again.body()).isEqualTo(422);
        assertThat(again.body().path("errors").findValuesAsText("check")).containsExactly("triagedToEscalate");
        return new Escalation(escalated.body().path("id").asText(), second);
    }

    /** The escalation form for the cluster, sent for one of its cases with that case's current version. */
    static Answer escalate(DeskApi api, String caseId) {
        JsonNode current = api.get("/api/v1/cases/" + caseId).body();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "GCC High us-gov-virginia: Exchange Online unavailable for many tenants");
        draft.put("description", "Customers across the region cannot connect to Exchange Online; no health issue posted.");
        draft.put("severity", "CRITICAL");
        draft.put("supportTopicId", api.supportTopic("OFFICE_365", "Mail flow"));
        draft.put("countryCode", "US");
        draft.put("evidence", Map.of("affectedUsers", "Whole tenants across the region"));
        return api.post("/api/v1/cases/" + caseId + "/escalation", draft,
                Map.of("If-Match", "\"" + current.path("version").asLong() + "\""));
    }
}
