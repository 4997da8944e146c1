package com.partnerdesk.adapters.vendor.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.IsoInstant;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthIssuePost;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads Microsoft Graph service-health JSON into domain health issues, in every shape the API returns: a
 * {@code {"value":[...]}} page of {@code serviceHealthIssue}s (with its {@code @odata} fields, the next page's link
 * kept), a bare array of them, a single issue ({@code GET /issues/{id}}), a page of {@code serviceHealthOverview}s or a
 * single overview with their {@code issues} expanded (an overview without them brings none). Values may be camelCase or
 * PascalCase; a status this build does not know is kept as written. A page is streamed: one element at a time is held
 * as a tree. Every fault is reported by JSON path; one fault refuses the whole document.
 */
public final class GraphHealthJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final Set<Cloud> clouds;
    /** Regions repeat across thousands of issues: each distinct name is checked once. */
    private final Map<String, Region> regionNames = new HashMap<>();

    /** @param clouds the clouds the issues are read for; empty means all clouds */
    public GraphHealthJson(Set<Cloud> clouds) {
        this.clouds = Set.copyOf(clouds);
    }

    /** What one document held: its issues, and the link to the next page when the vendor gave one. */
    public record Page(List<HealthIssue> issues, Optional<String> nextLink) {
    }

    /**
     * @param source the document's name, used in the summary of a refusal
     * @throws InvalidInputException listing every fault, when anything is wrong
     */
    public List<HealthIssue> read(String source, InputStream in) throws IOException {
        return readPage(source, in).issues();
    }

    /** As {@link #read}, keeping the page's {@code @odata.nextLink}. */
    public Page readPage(String source, InputStream in) throws IOException {
        Reading reading = new Reading();
        Optional<String> nextLink = Optional.empty();
        try (JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            JsonToken root = parser.nextToken();
            if (root == JsonToken.START_ARRAY) {
                readElements(parser, "$", false, reading);
            } else if (root == JsonToken.START_OBJECT) {
                nextLink = readObject(parser, reading);
            } else {
                reading.fault("$", "expected a Graph page {\"value\": [...]}, an array of serviceHealthIssue objects,"
                        + " one serviceHealthIssue or one serviceHealthOverview");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? source : source + " line " + at.getLineNr() + ", column " + at.getColumnNr();
            reading.fault(where, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!reading.faults.isEmpty()) {
            throw new InvalidInputException(source + " refused, nothing was imported", reading.faults);
        }
        return new Page(List.copyOf(reading.issues), nextLink);
    }

    /** The issues read so far, the ids seen (with where), and every fault. */
    private static final class Reading {
        final List<HealthIssue> issues = new ArrayList<>();
        final Map<HealthIssueId, String> seen = new HashMap<>();
        final List<InputFault> faults = new ArrayList<>();

        void fault(String location, String message) {
            faults.add(new InputFault(location, message));
        }

        /** An id twice in one list of issues is a fault; under two overviews it is the same issue, read once. */
        void add(HealthIssue issue, String path, boolean fromOverview) {
            String earlier = seen.putIfAbsent(issue.id(), path);
            if (earlier == null) {
                issues.add(issue);
            } else if (!fromOverview) {
                fault(path + ".id", "'" + issue.id() + "' appears again (first at " + earlier + ")");
            }
        }
    }

    /**
     * A root object: a page when it has a {@code value} array (streamed; the other fields are kept small), else one
     * issue or one overview. Returns the page's next link.
     */
    private Optional<String> readObject(JsonParser parser, Reading reading) throws IOException {
        ObjectNode others = MAPPER.createObjectNode();
        boolean page = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("value".equals(name) && value == JsonToken.START_ARRAY && !page) {
                page = true;
                String pageContext = text(others, "@odata.context");
                readElements(parser, "$.value", pageContext != null && pageContext.contains("healthOverviews"), reading);
            } else {
                others.set(name, parser.readValueAsTree());
            }
        }
        if (page) {
            return Optional.ofNullable(text(others, "@odata.nextLink"));
        }
        String context = text(others, "@odata.context");
        if (others.get("issues") != null || (context != null && context.contains("healthOverviews"))) {
            overview("$", others, reading);
        } else if (others.get("id") != null) {
            issue("$", others, reading.faults).ifPresent(issue -> reading.add(issue, "$", false));
        } else {
            reading.fault("$", "expected a Graph page {\"value\": [...]}, an array of serviceHealthIssue objects,"
                    + " one serviceHealthIssue or one serviceHealthOverview");
        }
        return Optional.empty();
    }

    /** The elements of an array, the parser on its start: issues, or overviews with their issues. */
    private void readElements(JsonParser parser, String arrayPath, boolean overviews, Reading reading) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String path = arrayPath + "[" + index + "]";
            if (token == JsonToken.START_OBJECT) {
                JsonNode node = parser.readValueAsTree();
                if (overviews || (node.get("issues") != null && node.get("title") == null)) {
                    overview(path, node, reading);
                } else {
                    issue(path, node, reading.faults).ifPresent(issue -> reading.add(issue, path, false));
                }
            } else {
                reading.fault(path, "expected a serviceHealthIssue object, found " + describe(token));
                parser.skipChildren();
            }
            index++;
        }
    }

    /** A {@code serviceHealthOverview}: its expanded issues, if any. */
    private void overview(String path, JsonNode node, Reading reading) {
        JsonNode issues = node.get("issues");
        if (issues == null || issues.isNull()) {
            return;
        }
        if (!issues.isArray()) {
            reading.fault(path + ".issues", "expected an array of serviceHealthIssue objects, found " + issues.getNodeType());
            return;
        }
        for (int i = 0; i < issues.size(); i++) {
            String where = path + ".issues[" + i + "]";
            JsonNode issue = issues.get(i);
            if (!issue.isObject()) {
                reading.fault(where, "expected a serviceHealthIssue object, found " + issue.getNodeType());
                continue;
            }
            issue(where, issue, reading.faults).ifPresent(read -> reading.add(read, where, true));
        }
    }

    private Optional<HealthIssue> issue(String path, JsonNode node, List<InputFault> faults) {
        int before = faults.size();
        Optional<HealthIssueId> id = checked(path, "id", faults, () -> HealthIssueId.of(text(node, "id")));
        String title = text(node, "title");
        String service = text(node, "service");
        requireText(path, "title", title, faults);
        requireText(path, "service", service, faults);
        Optional<IssueClassification> classification = checked(path, "classification", faults,
                () -> IssueClassification.parse(text(node, "classification")));
        String statusText = text(node, "status");
        Optional<HealthStatus> status = checked(path, "status", faults, () -> HealthStatus.fromFeed(statusText));
        boolean resolved = bool(path, node, "isResolved", faults);
        Optional<Instant> start = instant(path, node, "startDateTime", true, faults);
        Optional<Instant> end = instant(path, node, "endDateTime", false, faults);
        Optional<Instant> modified = instant(path, node, "lastModifiedDateTime", false, faults);
        Set<Region> regions = regions(path, node.get("details"), faults);
        List<HealthIssuePost> posts = posts(path, node.get("posts"), faults);
        if (faults.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HealthIssue(id.orElseThrow(), title, service, text(node, "feature"),
                    classification.orElseThrow(), status.orElseThrow(), resolved, start.orElseThrow(), end,
                    modified.orElse(start.orElseThrow()), text(node, "impactDescription"), clouds, regions, posts,
                    statusText));
        } catch (InvalidValueException e) {
            faults.add(new InputFault(path + "." + e.field(), reason(e)));
            return Optional.empty();
        }
    }

    private static <T> Optional<T> checked(String path, String field, List<InputFault> faults, Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException e) {
            faults.add(new InputFault(path + "." + field, reason(e)));
            return Optional.empty();
        }
    }

    /** The exception's message without the domain's field name (the JSON path names it). */
    private static String reason(InvalidValueException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static void requireText(String path, String field, String value, List<InputFault> faults) {
        if (value == null) {
            faults.add(new InputFault(path + "." + field, "is required"));
        } else if (value.isBlank()) {
            faults.add(new InputFault(path + "." + field, "must not be blank"));
        }
    }

    private Set<Region> regions(String path, JsonNode details, List<InputFault> faults) {
        Set<Region> regions = new LinkedHashSet<>();
        if (details == null || details.isNull()) {
            return regions;
        }
        if (!details.isArray()) {
            faults.add(new InputFault(path + ".details", "expected an array of {name, value}, found " + details.getNodeType()));
            return regions;
        }
        for (int i = 0; i < details.size(); i++) {
            JsonNode detail = details.get(i);
            if (!"Regions".equalsIgnoreCase(text(detail, "name"))) {
                continue;
            }
            String value = text(detail, "value");
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    regions.add(regionNames.computeIfAbsent(part, Region::of));
                } catch (InvalidValueException e) {
                    faults.add(new InputFault(path + ".details[" + i + "].value", reason(e)));
                }
            }
        }
        return regions;
    }

    private static List<HealthIssuePost> posts(String path, JsonNode posts, List<InputFault> faults) {
        List<HealthIssuePost> result = new ArrayList<>();
        if (posts == null || posts.isNull()) {
            return result;
        }
        if (!posts.isArray()) {
            faults.add(new InputFault(path + ".posts", "expected an array of posts, found " + posts.getNodeType()));
            return result;
        }
        for (int i = 0; i < posts.size(); i++) {
            String where = path + ".posts[" + i + "]";
            JsonNode post = posts.get(i);
            Optional<Instant> created = instant(where, post, "createdDateTime", true, faults);
            JsonNode description = post.get("description");
            String content = description == null || description.isNull() ? ""
                    : description.isTextual() ? description.asText() : Optional.ofNullable(text(description, "content")).orElse("");
            created.ifPresent(at -> {
                try {
                    result.add(new HealthIssuePost(at, text(post, "postType"), content));
                } catch (InvalidValueException e) {
                    faults.add(new InputFault(where + ".createdDateTime", reason(e)));
                }
            });
        }
        return result;
    }

    private static boolean bool(String path, JsonNode node, String field, List<InputFault> faults) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            faults.add(new InputFault(path + "." + field, "'" + value.asText() + "' is not true or false"));
            return false;
        }
        return value.booleanValue();
    }

    private static Optional<Instant> instant(String path, JsonNode node, String field, boolean required,
                                             List<InputFault> faults) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            if (required) {
                faults.add(new InputFault(path + "." + field, "is required"));
            }
            return Optional.empty();
        }
        try {
            return Optional.of(Require.instant(field, IsoInstant.parse(value.strip())));
        } catch (InvalidValueException e) {
            faults.add(new InputFault(path + "." + field, reason(e)));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            faults.add(new InputFault(path + "." + field,
                    "'" + value + "' is not an ISO 8601 date-time such as 2024-05-01T14:30:00Z"));
            return Optional.empty();
        }
    }

    /** The field's text; null when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
