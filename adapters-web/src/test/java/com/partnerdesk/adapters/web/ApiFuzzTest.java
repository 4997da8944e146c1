package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JSON API fed any bytes: request bodies of the endpoints that create and change cases, and the
 * query string of the case search. The server runs in-process on a loopback port over the in-memory
 * desk ({@link WebHarness}); every request carries a valid token. Whatever arrives, the answer is a
 * success with a JSON body or a 4xx {@code application/problem+json} that says what is wrong: never a
 * 500, never an uncaught exception.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI) each method replays its seeds in
 * {@code src/test/resources/com/partnerdesk/adapters/web/ApiFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for the time given (see docs/fuzzing.md).
 */
class ApiFuzzTest {
    private static final String CONTOSO = Samples.CONTOSO_ID.value();
    /** A long fuzzing run starts a fresh desk now and then, so that what it created does not pile up. */
    private static final int REQUESTS_PER_DESK = 20_000;

    private static WebHarness web;
    private static int requests;
    private static JsonNode noteCase;
    private static int notesOnCase;
    private static JsonNode escalationCase;

    @BeforeAll
    static void start() {
        web = new WebHarness();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    /**
     * The requests go to the desk on this machine: Jazzer's SSRF detector is told so for the length of one
     * input, and flags a connection anywhere else.
     */
    private static void onLoopback(Runnable input) {
        SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, port) ->
                (host.equals("localhost") || host.equals("127.0.0.1")) && port == web.server.javalin().port());
        try (allowed) {
            input.run();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void openCase(byte[] body) {
        onLoopback(() -> openCaseOnce(body));
    }

    private static void openCaseOnce(byte[] body) {
        WebHarness.Res r = post("/api/v1/customers/" + CONTOSO + "/cases", body);

        assertAnswered(r);
        if (r.status() == 201) {
            assertThat(r.header("Location").orElse("")).startsWith("/api/v1/cases/");
            assertThat(r.json().get("tenantId").asText()).isEqualTo(CONTOSO);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void addNote(byte[] body) {
        onLoopback(() -> addNoteOnce(body));
    }

    private static void addNoteOnce(byte[] body) {
        if (noteCase == null || notesOnCase++ > 200) {
            noteCase = web.openCase(CONTOSO, "Exchange Online", "CONFIGURATION");
            notesOnCase = 0;
        }
        WebHarness.Res r = post("/api/v1/cases/" + noteCase.get("id").asText() + "/notes", body);

        assertAnswered(r);
    }

    /** The escalation form goes to the readiness check (which changes nothing) and then to escalation. */
    @FuzzTest(maxDuration = "5m")
    void escalate(byte[] body) {
        onLoopback(() -> escalateOnce(body));
    }

    private static void escalateOnce(byte[] body) {
        if (escalationCase == null) {
            escalationCase = web.openEscalatableCase();
        }
        String path = "/api/v1/cases/" + escalationCase.get("id").asText() + "/escalation";
        WebHarness.Res readiness = post(path + "/readiness", body);
        assertAnswered(readiness);

        WebHarness.Res r = post(path, body, "If-Match", escalationCase.get("version").asText());
        assertAnswered(r);
        if (readiness.status() == 200) {
            boolean ready = readiness.json().get("ready").asBoolean();
            assertThat(r.status()).as("the readiness check said ready=%s; escalation answered %s", ready, r)
                    .isEqualTo(ready ? 201 : 422);
        } else {
            assertThat(r.status()).as("readiness refused the form with %s; escalation answered %s", readiness, r)
                    .isEqualTo(readiness.status());
        }
        if (r.status() == 201) {
            escalationCase = null;
        }
    }

    /**
     * The bytes are the query string of {@code GET /api/v1/cases}: {@code &} and {@code =} stay as they
     * are, a well-formed {@code %XX} escape stays, every other byte outside the unreserved set is escaped
     * (so {@code %FF} and friends reach the server as bytes that are not UTF-8).
     */
    @FuzzTest(maxDuration = "5m")
    void searchCases(byte[] query) {
        onLoopback(() -> searchCasesOnce(query));
    }

    private static void searchCasesOnce(byte[] query) {
        WebHarness.Res r = web.get(Role.SALES_AGENT, "/api/v1/cases?" + queryString(query));

        assertAnswered(r);
        if (r.status() == 200) {
            assertThat(r.json().get("items").isArray()).isTrue();
        }
    }

    // --- the property ---------------------------------------------------------------------------

    /** A success with a JSON body, or a 4xx problem+json that names what is wrong. */
    static void assertAnswered(WebHarness.Res r) {
        assertThat(r.status()).as("never a server error: %s", r).isBetween(200, 499);
        String type = r.header("Content-Type").orElse("");
        if (r.status() >= 400) {
            assertThat(type).as(r.toString()).startsWith("application/problem+json");
            JsonNode problem = r.json();
            assertThat(problem.get("status").asInt()).as(r.toString()).isEqualTo(r.status());
            assertThat(problem.get("title").asText()).as(r.toString()).isNotBlank();
            assertThat(problem.get("detail").asText()).as(r.toString()).isNotBlank();
            assertThat(problem.has("correlationId") && !problem.get("correlationId").isNull()).isFalse();
        } else {
            assertThat(type).as(r.toString()).startsWith("application/json");
            assertThat(r.json().isObject()).isTrue();
        }
    }

    // --- plumbing -------------------------------------------------------------------------------

    private static WebHarness.Res post(String path, byte[] body, String... headers) {
        recycle();
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + web.tokens.get(Role.GLOBAL_ADMIN);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return web.sendBytes("POST", path, body, "application/json", all);
    }

    private static void recycle() {
        if (++requests % REQUESTS_PER_DESK == 0) {
            web.close();
            web = new WebHarness();
            noteCase = null;
            escalationCase = null;
        }
    }

    static String queryString(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || b == '&' || b == '=' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
                    || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~') {
                s.append((char) b);
            } else {
                s.append('%').append(String.format("%02X", b));
            }
        }
        return s.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
