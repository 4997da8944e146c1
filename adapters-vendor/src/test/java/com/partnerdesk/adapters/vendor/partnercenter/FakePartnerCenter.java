package com.partnerdesk.adapters.vendor.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Partner Center's service request API as its documentation shows it: {@code GET
 * /v1/customers/{tenantId}/servicerequests} (paged with {@code offset} and {@code size}; severity and status as
 * integers, dates without a zone, {@code 0001-01-01T00:00:00} for "no date", as the documented example), {@code GET
 * /v1/servicerequests/{id}} (severity and status as strings, notes dated without a zone) and {@code PATCH
 * /v1/servicerequests/{id}} ({@code NewNote {Text}}, {@code Status}; an update seen before under the same
 * {@code MS-RequestId} is not applied twice). There is no create: any {@code POST} is a 404, as on the real service
 * since 31 August 2020. Requests appear as an agent files them in the partner dashboard ({@link #fileInPortal}).
 * Faults a test can script: an answer of its choosing (500), 429 with Retry-After, a hang, an answer dropped after
 * the change was made.
 */
public final class FakePartnerCenter implements AutoCloseable {
    public static final String TOKEN = "test-partner-center-token";

    /** What the next call of a kind does instead of answering normally. */
    public sealed interface Fault permits Fail, Throttle, Hang, AcceptThenDrop {
    }

    /** Answer with this status and body, changing nothing. */
    public record Fail(int status, String body) implements Fault {
    }

    /** Answer 429 (or 503) with this Retry-After header, changing nothing. */
    public record Throttle(int status, String retryAfter) implements Fault {
    }

    /** Change nothing and answer only when the server stops (past any sane client timeout). */
    public record Hang() implements Fault {
    }

    /** Make the change (or read), then drop the connection before the answer is complete. */
    public record AcceptThenDrop() implements Fault {
    }

    /** One service request as the vendor holds it. */
    public static final class Stored {
        public final String id;
        public final String tenantId;
        public final String title;
        public final String severity;
        public final Instant created;
        public volatile String status = "open";
        public final List<ObjectNode> notes = new ArrayList<>();

        Stored(String id, String tenantId, String title, String severity, Instant created) {
            this.id = id;
            this.tenantId = tenantId;
            this.title = title;
            this.severity = severity;
            this.created = created;
        }
    }

    /** One call the fake saw, for assertions on methods, paths and headers. */
    public record Seen(String method, String path, Map<String, String> headers) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private final Deque<Fault> readFaults = new ConcurrentLinkedDeque<>();
    private final Deque<Fault> listFaults = new ConcurrentLinkedDeque<>();
    private final Deque<Fault> updateFaults = new ConcurrentLinkedDeque<>();
    private final Set<String> appliedUpdates = new HashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(615112491169010L);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Fault persistentUpdateFault;
    private final Javalin app;

    private FakePartnerCenter() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/v1/customers/{tenantId}/servicerequests", this::list);
            config.routes.get("/v1/servicerequests/{id}", this::read);
            config.routes.patch("/v1/servicerequests/{id}", this::patch);
            config.routes.post("/*", ctx -> {
                remember(ctx);
                ctx.status(404).result("{\"code\":404,\"description\":\"Not found\"}");
            });
        });
    }

    public static FakePartnerCenter start() {
        FakePartnerCenter vendor = new FakePartnerCenter();
        vendor.app.start(0);
        return vendor;
    }

    public String baseUrl() {
        return "http://localhost:" + app.port();
    }

    // --- scripting ---------------------------------------------------------------------------------------

    /** An agent files a request in the partner dashboard, in the customer's context; returns the vendor's number. */
    public synchronized String fileInPortal(String tenantId, String title, String severity) {
        String id = Long.toString(sequence.incrementAndGet());
        byId.put(id, new Stored(id, tenantId, title, severity, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        return id;
    }

    public FakePartnerCenter failNextReads(Fault... faults) {
        readFaults.addAll(List.of(faults));
        return this;
    }

    public FakePartnerCenter failNextLists(Fault... faults) {
        listFaults.addAll(List.of(faults));
        return this;
    }

    /** The next updates (PATCH) meet these faults, one each, in order. */
    public FakePartnerCenter failNextUpdates(Fault... faults) {
        updateFaults.addAll(List.of(faults));
        return this;
    }

    /** Every update meets this fault until {@link #heal()}. */
    public FakePartnerCenter failEveryUpdate(Fault fault) {
        persistentUpdateFault = fault;
        return this;
    }

    public FakePartnerCenter heal() {
        persistentUpdateFault = null;
        readFaults.clear();
        listFaults.clear();
        updateFaults.clear();
        return this;
    }

    /** The vendor's engineer changes the status (any text, one the desk does not know too) and may add a note. */
    public synchronized void respond(String id, String status, Optional<String> note) {
        Stored stored = byId.get(id);
        if (stored == null) {
            throw new IllegalArgumentException("no request " + id);
        }
        stored.status = status;
        note.ifPresent(text -> stored.notes.add(note("Microsoft Support Engineer", text)));
    }

    // --- what happened -----------------------------------------------------------------------------------

    public synchronized List<Stored> requests() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Stored> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    // --- handlers ----------------------------------------------------------------------------------------

    private void list(Context ctx) throws Exception {
        remember(ctx);
        if (!authorised(ctx)) {
            return;
        }
        Fault fault = listFaults.poll();
        if (!(fault instanceof AcceptThenDrop) && faulted(ctx, fault)) {
            return;
        }
        int offset = Integer.parseInt(Optional.ofNullable(ctx.queryParam("offset")).orElse("0"));
        int size = Integer.parseInt(Optional.ofNullable(ctx.queryParam("size")).orElse("100"));
        List<Stored> mine;
        synchronized (this) {
            mine = byId.values().stream().filter(s -> s.tenantId.equals(ctx.pathParam("tenantId"))).toList();
        }
        ObjectNode page = json.createObjectNode();
        page.put("totalCount", mine.size());
        ArrayNode items = page.putArray("items");
        for (Stored s : mine.subList(Math.min(offset, mine.size()), Math.min(offset + size, mine.size()))) {
            ObjectNode item = items.addObject();
            item.put("title", s.title);
            item.put("severity", severityNumber(s.severity));
            item.put("id", s.id);
            statusNumber(s.status).ifPresentOrElse(n -> item.put("status", n), () -> item.put("status", s.status));
            ObjectNode contact = item.putObject("primaryContact");
            contact.put("lastName", "Whitfield");
            contact.put("firstName", "Dana");
            item.put("createdDate", zoneless(s.created));
            item.put("lastModifiedDate", zoneless(s.created));
            item.put("lastClosedDate", "0001-01-01T00:00:00");
            item.putObject("attributes").put("objectType", "ServiceRequest");
        }
        page.putObject("attributes").put("objectType", "Collection");
        if (fault instanceof AcceptThenDrop) {
            drop(ctx, json.writeValueAsBytes(page));
            return;
        }
        ctx.contentType("application/json").result(json.writeValueAsBytes(page));
    }

    private void read(Context ctx) throws Exception {
        remember(ctx);
        if (!authorised(ctx)) {
            return;
        }
        Fault fault = readFaults.poll();
        if (!(fault instanceof AcceptThenDrop) && faulted(ctx, fault)) {
            return;
        }
        Stored stored = byId(ctx.pathParam("id")).orElse(null);
        if (stored == null) {
            ctx.status(404).result("{\"code\":404,\"description\":\"Not found\"}");
            return;
        }
        byte[] answer = json.writeValueAsBytes(view(stored));
        if (fault instanceof AcceptThenDrop) {
            drop(ctx, answer);
            return;
        }
        ctx.contentType("application/json").result(answer);
    }

    private void patch(Context ctx) throws Exception {
        remember(ctx);
        if (!authorised(ctx)) {
            return;
        }
        Stored stored = byId(ctx.pathParam("id")).orElse(null);
        if (stored == null) {
            ctx.status(404).result("{\"code\":404,\"description\":\"Not found\"}");
            return;
        }
        Fault fault = Optional.ofNullable(updateFaults.poll()).orElse(persistentUpdateFault);
        if (!(fault instanceof AcceptThenDrop) && faulted(ctx, fault)) {
            return;
        }
        JsonNode body = json.readTree(ctx.body());
        String requestId = ctx.header("MS-RequestId");
        synchronized (this) {
            if (requestId == null || appliedUpdates.add(requestId)) {
                String note = PartnerCenterJson.field(PartnerCenterJson.field(body, "newNote"), "text").asText("");
                if (!note.isBlank()) {
                    stored.notes.add(note("Partner", note));
                }
                String status = PartnerCenterJson.field(body, "status").asText("");
                if (!status.isBlank()) {
                    stored.status = status;
                }
            }
        }
        byte[] answer = json.writeValueAsBytes(view(stored));
        if (fault instanceof AcceptThenDrop) {
            drop(ctx, answer);
            return;
        }
        ctx.contentType("application/json").result(answer);
    }

    /** Answers the fault, if any; true when it answered. */
    private boolean faulted(Context ctx, Fault fault) throws InterruptedException {
        if (fault instanceof Fail fail) {
            ctx.status(fail.status()).contentType("application/json").result(fail.body());
            return true;
        }
        if (fault instanceof Throttle throttle) {
            ctx.status(throttle.status()).header("Retry-After", throttle.retryAfter())
                    .result("{\"code\":429,\"description\":\"Too many requests\"}");
            return true;
        }
        if (fault instanceof Hang) {
            released.await(10, TimeUnit.SECONDS);
            ctx.status(504);
            return true;
        }
        return false;
    }

    private boolean authorised(Context ctx) {
        if (!("Bearer " + TOKEN).equals(ctx.header("Authorization"))) {
            ctx.status(401).result("{\"code\":401,\"description\":\"invalid token\"}");
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
        String query = ctx.queryString();
        seen.add(new Seen(ctx.method().name(), ctx.path() + (query == null ? "" : "?" + query), headers));
    }

    /** Commits a response promising more bytes than it sends, then fails: the server must cut the connection. */
    private static void drop(Context ctx, byte[] answer) throws IOException {
        ctx.status(200);
        ctx.res().setContentType("application/json");
        ctx.res().setContentLength(answer.length + 100);
        OutputStream out = ctx.res().getOutputStream();
        out.write(answer, 0, Math.min(5, answer.length));
        out.flush();
        throw new IOException("fake Partner Center drops the connection after the change");
    }

    /** The details answer, as documented: string enums, zone-less note dates, the year-one "no date". */
    private synchronized ObjectNode view(Stored stored) {
        ObjectNode node = json.createObjectNode();
        node.put("title", stored.title);
        node.put("description", "Filed in the partner dashboard");
        node.put("severity", stored.severity);
        node.put("supportTopicId", "32444671");
        node.put("supportTopicName", "Mail flow");
        node.put("id", stored.id);
        node.put("status", stored.status);
        node.putObject("organization").put("name", "Federal Cloud Partners LLC");
        node.put("productId", "15960");
        node.put("createdDate", stored.created + "");
        node.put("lastModifiedDate", Instant.now() + "");
        node.put("lastClosedDate", stored.status.equals("closed") ? zoneless(Instant.now()) : "0001-01-01T00:00:00");
        ArrayNode notes = node.putArray("notes");
        stored.notes.forEach(notes::add);
        node.putObject("attributes").put("objectType", "ServiceRequest");
        return node;
    }

    private ObjectNode note(String author, String text) {
        ObjectNode note = json.createObjectNode();
        note.put("createdByName", author);
        note.put("createdDate", zoneless(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        note.put("text", text);
        return note;
    }

    private static String zoneless(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static int severityNumber(String severity) {
        return switch (severity) {
            case "critical" -> 1;
            case "moderate" -> 2;
            case "minimal" -> 3;
            default -> 0;
        };
    }

    private static Optional<Integer> statusNumber(String status) {
        return switch (status) {
            case "none" -> Optional.of(0);
            case "open" -> Optional.of(1);
            case "closed" -> Optional.of(2);
            case "attention_needed" -> Optional.of(3);
            default -> Optional.empty();
        };
    }

    @Override
    public void close() {
        released.countDown();
        app.stop();
    }
}
