package com.partnerdesk.adapters.web.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.partnerdesk.application.error.InvalidInputException;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The API's JSON: reading a request's body as {@link Inputs}, writing a response, paging a list. */
public final class Json {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            // a body is one JSON object, each field once: anything else is refused, never half-read
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    public void respond(Context ctx, int status, Object body) {
        respondText(ctx, status, write(body));
    }

    public void respondText(Context ctx, int status, String json) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(json);
    }

    /** The JSON object of the body, read as {@link Inputs}; an empty body is {}; another content type is a 415. */
    public Inputs body(Context ctx) {
        return Inputs.json(bodyObject(ctx));
    }

    /** The JSON object of the body; an empty body is {}; another content type is a 415, malformed JSON a 400. */
    public JsonNode bodyObject(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return mapper.createObjectNode();
        }
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!base.equals("application/json") && !base.endsWith("+json")) {
            throw WebProblemException.unsupportedMediaType(type);
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw InvalidInputException.of("body", "is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": " + ErrorMapper.withoutClassNames(e.getOriginalMessage()) + ")"));
        } catch (IOException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return node;
    }

    public static Map<String, Object> page(List<?> items, long total, int offset, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("total", total);
        m.put("offset", offset);
        m.put("limit", limit);
        return m;
    }

    /** ?offset=&limit= over a list the use case returns whole. */
    public record Paging(int offset, int limit) {
        public static Paging of(Context ctx) {
            Inputs q = Inputs.query(ctx);
            int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
            int limit = q.integer("limit", Requests.DEFAULT_LIMIT, 1, Requests.MAX_LIMIT);
            q.check();
            return new Paging(offset, limit);
        }

        public Map<String, Object> page(List<?> all) {
            int from = Math.min(offset, all.size());
            int to = Math.min(all.size(), from + limit);
            return Json.page(all.subList(from, to), all.size(), offset, limit);
        }
    }
}
