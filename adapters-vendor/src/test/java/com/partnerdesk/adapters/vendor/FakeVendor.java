package com.partnerdesk.adapters.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for the vendor's service request API, with faults a test can script: the next creates answer 500,
 * answer 429 with a Retry-After, hang past the client's timeout, or store the request and then drop the connection
 * before the answer is complete. Like the real vendor it de-duplicates creates on {@code MS-RequestId}: a repeated id
 * gets the request it already created.
 */
public final class FakeVendor implements AutoCloseable {
    public static final String TOKEN = "test-vendor-token";

    /** What the next create (or read) does instead of answering normally. */
    public sealed interface Fault permits Fail, Throttle, Hang, AcceptThenDrop {
    }

    /** Answer with this status and body, storing nothing. */
    public record Fail(int status, String body) implements Fault {
    }

    /** Answer 429 (or 503) with this Retry-After header, storing nothing. */
    public record Throttle(int status, String retryAfter) implements Fault {
    }

    /** Store nothing and answer only when the server stops (past any sane client timeout). */
    public record Hang() implements Fault {
    }

    /** Store the request, then drop the connection before the answer is complete. */
    public record AcceptThenDrop() implements Fault {
    }

    /** One service request as the vendor holds it. */
    public static final class Stored {
        public final String id;
        public final String requestId;
        public final String tenantId;
        public final String supportTopicId;
        public final JsonNode body;
        public volatile String status = "open";
        public final List<ObjectNode> notes = new ArrayList<>();
        public volatile Instant lastModified = Instant.now();

        Stored(String id, String requestId, String tenantId, String supportTopicId, JsonNode body) {
            this.id = id;
            this.requestId = requestId;
            this.tenantId = tenantId;
            this.supportTopicId = supportTopicId;
            this.body = body;
        }
    }

    /** One request the fake saw, for assertions on headers. */
    public record Seen(String method, String path, Map<String, String> headers) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private final Map<String, Stored> byRequestId = new LinkedHashMap<>();
    private final Deque<Fault> createFaults = new ConcurrentLinkedDeque<>();
    private final Deque<Fault> readFaults = new ConcurrentLinkedDeque<>();
    private final Deque<Fault> updateFaults = new ConcurrentLinkedDeque<>();
    private final java.util.Set<String> appliedUpdates = new java.util.HashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger(1000);
    private final AtomicInteger createCalls = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Fault persistentCreateFault;
    private final Map<String, Fault> tenantFaults = new java.util.concurrent.ConcurrentHashMap<>();
    private final Javalin app;

    private FakeVendor() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/v1/customers/{tenantId}/servicerequests/{supportTopicId}", this::create);
            config.routes.get("/v1/servicerequests/{id}", this::read);
            config.routes.patch("/v1/servicerequests/{id}", this::patch);
        });
    }

    public static FakeVendor start() {
        FakeVendor vendor = new FakeVendor();
        vendor.app.start(0);
        return vendor;
    }

    public String baseUrl() {
        return "http://localhost:" + app.port();
    }

    // --- scripting ---------------------------------------------------------------------------------------

    /** The next creates meet these faults, one each, in order. */
    public FakeVendor failNextCreates(Fault... faults) {
        createFaults.addAll(List.of(faults));
        return this;
    }

    /** Every create meets this fault until {@link #heal()}. */
    public FakeVendor failEveryCreate(Fault fault) {
        persistentCreateFault = fault;
        return this;
    }

    /** Every create for this customer meets this fault (e.g. a 400 the vendor will never accept) until healed. */
    public FakeVendor failEveryCreateFor(String tenantId, Fault fault) {
        tenantFaults.put(tenantId, fault);
        return this;
    }

    public FakeVendor failNextReads(Fault... faults) {
        readFaults.addAll(List.of(faults));
        return this;
    }

    /** The next updates (PATCH) meet these faults, one each, in order. */
    public FakeVendor failNextUpdates(Fault... faults) {
        updateFaults.addAll(List.of(faults));
        return this;
    }

    public FakeVendor heal() {
        persistentCreateFault = null;
        tenantFaults.clear();
        createFaults.clear();
        readFaults.clear();
        updateFaults.clear();
        return this;
    }

    /** The vendor's engineer changes the status and (optionally) adds a note. */
    public synchronized void respond(String id, String status, Optional<String> note) {
        Stored stored = byId.get(id);
        if (stored == null) {
            throw new IllegalArgumentException("no request " + id);
        }
        stored.status = status;
        note.ifPresent(text -> stored.notes.add(note("Microsoft Support Engineer", text)));
        stored.lastModified = Instant.now();
    }

    // --- what happened -----------------------------------------------------------------------------------

    /** Service requests the vendor holds (after de-duplication). */
    public synchronized int requestCount() {
        return byId.size();
    }

    /** Create calls that reached the handler, faults included. */
    public int createCalls() {
        return createCalls.get();
    }

    public synchronized List<Stored> requests() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Stored> byRequestId(String requestId) {
        return Optional.ofNullable(byRequestId.get(requestId));
    }

    public synchronized Optional<Stored> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    // --- handlers ----------------------------------------------------------------------------------------

    private void create(Context ctx) throws Exception {
        createCalls.incrementAndGet();
        remember(ctx);
        if (!authorised(ctx)) {
            return;
        }
        Fault fault = Optional.ofNullable(tenantFaults.get(ctx.pathParam("tenantId")))
                .or(() -> Optional.ofNullable(createFaults.poll()))
                .orElse(persistentCreateFault);
        if (fault instanceof Fail fail) {
            ctx.status(fail.status()).contentType("application/json").result(fail.body());
            return;
        }
        if (fault instanceof Throttle throttle) {
            ctx.status(throttle.status()).header("Retry-After", throttle.retryAfter()).result("{\"error\":\"throttled\"}");
            return;
        }
        if (fault instanceof Hang) {
            hang();
            ctx.status(504);
            return;
        }
        String requestId = ctx.header("MS-RequestId");
        if (requestId == null || requestId.isBlank()) {
            ctx.status(400).result("{\"error\":\"MS-RequestId is required\"}");
            return;
        }
        JsonNode body = json.readTree(ctx.body());
        for (String field : List.of("title", "description", "severity", "countryCode", "productName")) {
            if (body.path(field).asText("").isBlank()) {
                ctx.status(400).result("{\"error\":\"" + field + " is required\"}");
                return;
            }
        }
        Stored stored;
        boolean created;
        synchronized (this) {
            stored = byRequestId.get(requestId);
            created = stored == null;
            if (created) {
                stored = new Stored("SR" + sequence.incrementAndGet(), requestId, ctx.pathParam("tenantId"),
                        ctx.pathParam("supportTopicId"), body);
                byId.put(stored.id, stored);
                byRequestId.put(requestId, stored);
            }
        }
        byte[] answer = json.writeValueAsBytes(view(stored));
        if (fault instanceof AcceptThenDrop) {
            drop(ctx, answer);
            return;
        }
        ctx.status(created ? 201 : 200).contentType("application/json").result(answer);
    }

    private void read(Context ctx) throws Exception {
        remember(ctx);
        if (!authorised(ctx)) {
            return;
        }
        Fault fault = readFaults.poll();
        if (fault instanceof Fail fail) {
            ctx.status(fail.status()).result(fail.body());
            return;
        }
        if (fault instanceof Hang) {
            hang();
            ctx.status(504);
            return;
        }
        Stored stored = byId(ctx.pathParam("id")).orElse(null);
        if (stored == null) {
            ctx.status(404).result("{\"error\":\"not found\"}");
            return;
        }
        ctx.contentType("application/json").result(json.writeValueAsBytes(view(stored)));
    }

    private void patch(Context ctx) throws Exception {
        remember(ctx);
        if (!authorised(ctx)) {
            return;
        }
        Stored stored = byId(ctx.pathParam("id")).orElse(null);
        if (stored == null) {
            ctx.status(404).result("{\"error\":\"not found\"}");
            return;
        }
        Fault fault = updateFaults.poll();
        if (fault instanceof Fail fail) {
            ctx.status(fail.status()).result(fail.body());
            return;
        }
        if (fault instanceof Throttle throttle) {
            ctx.status(throttle.status()).header("Retry-After", throttle.retryAfter()).result("{\"error\":\"throttled\"}");
            return;
        }
        if (fault instanceof Hang) {
            hang();
            ctx.status(504);
            return;
        }
        JsonNode body = json.readTree(ctx.body());
        String requestId = ctx.header("MS-RequestId");
        synchronized (this) {
            // Like a create, an update seen before under the same MS-RequestId is not applied twice.
            if (requestId != null && !appliedUpdates.add(requestId)) {
                ctx.contentType("application/json").result(json.writeValueAsBytes(view(stored)));
                return;
            }
            String note = body.path("newNote").path("text").asText("");
            if (!note.isBlank()) {
                stored.notes.add(note("Partner", note));
            }
            String status = body.path("status").asText("");
            if (!status.isBlank()) {
                stored.status = status;
            }
            stored.lastModified = Instant.now();
        }
        byte[] answer = json.writeValueAsBytes(view(stored));
        if (fault instanceof AcceptThenDrop) {
            drop(ctx, answer);
            return;
        }
        ctx.contentType("application/json").result(answer);
    }

    private boolean authorised(Context ctx) {
        if (!("Bearer " + TOKEN).equals(ctx.header("Authorization"))) {
            ctx.status(401).result("{\"error\":\"invalid token\"}");
            return false;
        }
        return true;
    }

    private synchronized void remember(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("Authorization", "MS-RequestId", "MS-CorrelationId", "Content-Type")) {
            String value = ctx.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        seen.add(new Seen(ctx.method().name(), ctx.path(), headers));
    }

    private void hang() throws InterruptedException {
        released.await(10, TimeUnit.SECONDS);
    }

    /** Commits a response promising more bytes than it sends, then fails: the server must cut the connection. */
    private static void drop(Context ctx, byte[] answer) throws IOException {
        ctx.status(201);
        ctx.res().setContentType("application/json");
        ctx.res().setContentLength(answer.length + 100);
        OutputStream out = ctx.res().getOutputStream();
        out.write(answer, 0, Math.min(5, answer.length));
        out.flush();
        throw new IOException("fake vendor drops the connection after storing the request");
    }

    private synchronized ObjectNode view(Stored stored) {
        ObjectNode node = json.createObjectNode();
        node.put("id", stored.id);
        node.put("status", stored.status);
        node.put("title", stored.body.path("title").asText());
        node.put("severity", stored.body.path("severity").asText());
        node.put("supportTopicId", stored.supportTopicId);
        node.put("lastModifiedDate", stored.lastModified.toString());
        ArrayNode notes = node.putArray("notes");
        stored.notes.forEach(notes::add);
        return node;
    }

    private ObjectNode note(String author, String text) {
        ObjectNode note = json.createObjectNode();
        note.put("createdByName", author);
        note.put("createdDate", Instant.now().toString());
        note.put("text", text);
        return note;
    }

    @Override
    public void close() {
        released.countDown();
        app.stop();
    }
}
