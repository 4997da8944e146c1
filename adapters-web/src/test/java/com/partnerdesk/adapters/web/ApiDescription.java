package com.partnerdesk.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.partnerdesk.adapters.web.openapi.OpenApiRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API's OpenAPI 3.1 description ({@code openapi/openapi.json}) read as the tests' oracle: which operations it
 * describes, and whether a real response — its status, content type and body — is one the description allows. Bodies
 * are validated against the operation's JSON Schema (2020-12, the dialect of OpenAPI 3.1) by networknt's
 * json-schema-validator, formats (date-time, uuid, duration) asserted.
 */
final class ApiDescription {
    static final String BASE = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiDescription INSTANCE = new ApiDescription();

    private final JsonNode doc;
    private final List<Operation> operations = new ArrayList<>();
    /** JSON Schema 2020-12, told that {@code components} (where the description's refs point) is no keyword. */
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword("components")).build()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** One described operation: its method, its path template (under /api/v1) and the pattern that matches it. */
    record Operation(String method, String template, Pattern pattern, int literalSegments, JsonNode node) {
        String key() {
            return method + " " + BASE + template;
        }
    }

    private ApiDescription() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            doc = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String template = path.getKey();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            int literal = (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.startsWith("{")).count();
            operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), template, Pattern.compile(regex),
                    literal, method.getValue()));
        }));
    }

    static ApiDescription get() {
        return INSTANCE;
    }

    JsonNode document() {
        return doc;
    }

    /** Every described operation as "METHOD /api/v1/path/{param}", as the server's route table names routes. */
    Set<String> operations() {
        Set<String> keys = new TreeSet<>();
        operations.forEach(o -> keys.add(o.key()));
        return keys;
    }

    /** The described operation a request reaches: the most literal template that matches its path. */
    Optional<Operation> operation(String method, String path) {
        if (!path.startsWith(BASE)) {
            return Optional.empty();
        }
        String local = path.substring(BASE.length());
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(local).matches())
                .max(Comparator.comparingInt(Operation::literalSegments));
    }

    /**
     * What is wrong with a response to {@code method path}, by the description: nothing (an empty list) when its status
     * is described (or falls to the operation's default), its content type is one the response has, and its body is
     * valid against that content's schema. A request to no described operation may only be answered 404 or 405 with a
     * problem.
     */
    List<String> check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.replaceFirst("[?#].*$", "");
        if (method.equals("HEAD")) {
            // HEAD answers as GET would, without the body (RFC 9110 9.3.2); the description lists GET only
            if (body != null && !body.isEmpty()) {
                return List.of("HEAD " + path + " answered with a body");
            }
            Optional<Operation> get = operation("GET", path);
            boolean described = get.map(o -> o.node().get("responses").has(String.valueOf(status))
                    || o.node().get("responses").has("default")).orElse(status == 404 || status == 405);
            return described ? List.of() : List.of("HEAD " + path + " answered " + status + " but GET has no such response");
        }
        Optional<Operation> operation = operation(method, path);
        JsonNode response;
        String where;
        if (operation.isPresent()) {
            JsonNode responses = operation.get().node().get("responses");
            response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                    : responses.get("default");
            where = operation.get().key() + " answered " + status;
            if (response == null) {
                return List.of(where + ": the description has no such response");
            }
        } else if (status == 404 || status == 405) {
            response = doc.at("/components/responses/Problem");
            where = method + " " + path + " (no such operation) answered " + status;
        } else {
            return List.of(method + " " + path + " answered " + status + " but the API description has no such operation");
        }
        response = resolve(response);
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            return body == null || body.isEmpty() ? List.of() : List.of(where + ": a body where none is described");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(type);
        if (media == null) {
            List<String> described = new ArrayList<>();
            content.fieldNames().forEachRemaining(described::add);
            return List.of(where + ": content type '" + type + "' is not one of " + described);
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException notJson) {
            return List.of(where + ": the body is not JSON: " + notJson.getMessage());
        }
        if (parsed == null) {
            return List.of(where + ": an empty body");
        }
        Set<ValidationMessage> faults = schema(media.get("schema")).validate(parsed);
        return faults.stream().map(f -> where + ": " + f.getMessage()).sorted().toList();
    }

    /** Throws when {@link #check} finds anything wrong. */
    void assertMatches(String method, String pathAndQuery, int status, String contentType, String body) {
        List<String> faults = check(method, pathAndQuery, status, contentType, body);
        if (!faults.isEmpty()) {
            throw new AssertionError("The response does not match the API description (openapi/openapi.json):\n  "
                    + String.join("\n  ", faults) + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
    }

    /** Every {@code $ref} in the description, and whether it points at something. */
    List<String> danglingReferences() {
        List<String> dangling = new ArrayList<>();
        collectRefs(doc, dangling);
        return dangling;
    }

    private void collectRefs(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || doc.at(ref.asText().substring(1)).isMissingNode())) {
                dangling.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, dangling));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, dangling));
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : doc.at(ref.asText().substring(1));
    }

    /** The schema with the description's components beside it, so that its {@code #/components/...} refs resolve. */
    private JsonSchema schema(JsonNode schema) {
        return schemas.computeIfAbsent(schema.toString(), key -> {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.put("$ref", "#/$defs/response");
            wrapper.putObject("$defs").set("response", schema);
            wrapper.set("components", doc.get("components"));
            return factory.getSchema(wrapper, config);
        });
    }
}
