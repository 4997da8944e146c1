package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.common.InvalidValueException;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Microsoft Graph {@code serviceHealthIssue} JSON — a {@code {"value":[...]}} page (with its
 * {@code @odata} fields) or a bare array — into domain health issues. The document is streamed: one
 * issue at a time is held as a tree. Every fault is reported by JSON path; one fault refuses the file.
 */
final class GraphHealthJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final Set<Cloud> clouds;
    /** Regions repeat across thousands of issues: each distinct name is checked once. */
    private final Map<String, Region> regionNames = new HashMap<>();

    /** @param clouds the clouds the issues are imported for; empty means all clouds */
    GraphHealthJson(Set<Cloud> clouds) {
        this.clouds = Set.copyOf(clouds);
    }

    /**
     * @param source the file name, used in the summary of a refusal
     * @throws InvalidInputException listing every fault, when anything is wrong
     */
    List<HealthIssue> read(String source, InputStream in) throws IOException {
        Faults faults = new Faults();
        List<HealthIssue> issues = new ArrayList<>();
        Map<HealthIssueId, String> seen = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(in)) {
            parser.setCodec(MAPPER);
            JsonToken root = parser.nextToken();
            String arrayPath;
            if (root == JsonToken.START_ARRAY) {
                arrayPath = "$";
            } else if (root == JsonToken.START_OBJECT && seekValueArray(parser)) {
                arrayPath = "$.value";
            } else {
                faults.add("$", "expected a Graph page {\"value\": [...]} or an array of serviceHealthIssue objects");
                throw refused(source, faults.list());
            }
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                String path = arrayPath + "[" + index + "]";
                if (token == JsonToken.START_OBJECT) {
                    JsonNode node = parser.readValueAsTree();
                    issue(path, node, faults).ifPresent(issue -> {
                        String earlier = seen.putIfAbsent(issue.id(), path);
                        if (earlier != null) {
                            faults.add(path + ".id", "'" + issue.id() + "' appears again (first at " + earlier + ")");
                        } else {
                            issues.add(issue);
                        }
                    });
                } else {
                    faults.add(path, "expected a serviceHealthIssue object, found " + describe(token));
                    parser.skipChildren();
                }
                index++;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? source : source + " line " + at.getLineNr() + ", column " + at.getColumnNr();
            faults.add(where, "not valid JSON: " + e.getOriginalMessage());
            throw refused(source, faults.list());
        }
        if (!faults.isEmpty()) {
            throw refused(source, faults.list());
        }
        return issues;
    }

    /** Moves the parser into the array of the page's {@code value} field, skipping every other field. */
    private static boolean seekValueArray(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("value".equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static InvalidInputException refused(String source, List<InputFault> faults) {
        return new InvalidInputException(source + " refused, nothing was imported", faults);
    }

    private Optional<HealthIssue> issue(String path, JsonNode node, Faults faults) {
        int before = faults.size();
        Optional<HealthIssueId> id = checked(path, "id", faults, () -> HealthIssueId.of(text(node, "id")));
        String title = text(node, "title");
        String service = text(node, "service");
        requireText(path, "title", title, faults);
        requireText(path, "service", service, faults);
        Optional<IssueClassification> classification = checked(path, "classification", faults,
                () -> IssueClassification.parse(text(node, "classification")));
        Optional<HealthStatus> status = checked(path, "status", faults, () -> HealthStatus.parse(text(node, "status")));
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
                    modified.orElse(start.orElseThrow()), text(node, "impactDescription"), clouds, regions, posts));
        } catch (InvalidValueException e) {
            faults.add(path + "." + e.field(), Faults.reason(e));
            return Optional.empty();
        }
    }

    private static <T> Optional<T> checked(String path, String field, Faults faults,
                                           java.util.function.Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException e) {
            faults.add(path + "." + field, Faults.reason(e));
            return Optional.empty();
        }
    }

    private static void requireText(String path, String field, String value, Faults faults) {
        if (value == null) {
            faults.add(path + "." + field, "is required");
        } else if (value.isBlank()) {
            faults.add(path + "." + field, "must not be blank");
        }
    }

    private Set<Region> regions(String path, JsonNode details, Faults faults) {
        Set<Region> regions = new LinkedHashSet<>();
        if (details == null || details.isNull()) {
            return regions;
        }
        if (!details.isArray()) {
            faults.add(path + ".details", "expected an array of {name, value}, found " + details.getNodeType());
            return regions;
        }
        for (int i = 0; i < details.size(); i++) {
            JsonNode detail = details.get(i);
            if (!"Regions".equalsIgnoreCase(text(detail, "name"))) {
                continue;
            }
            String where = path + ".details[" + i + "].value";
            String value = text(detail, "value");
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    Region region = regionNames.get(part);
                    if (region == null) {
                        region = Region.of(part);
                        regionNames.put(part, region);
                    }
                    regions.add(region);
                } catch (InvalidValueException e) {
                    faults.add(where, Faults.reason(e));
                }
            }
        }
        return regions;
    }

    private static List<HealthIssuePost> posts(String path, JsonNode posts, Faults faults) {
        List<HealthIssuePost> result = new ArrayList<>();
        if (posts == null || posts.isNull()) {
            return result;
        }
        if (!posts.isArray()) {
            faults.add(path + ".posts", "expected an array of posts, found " + posts.getNodeType());
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
                    faults.add(where + ".createdDateTime", Faults.reason(e));
                }
            });
        }
        return result;
    }

    private static boolean bool(String path, JsonNode node, String field, Faults faults) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            faults.add(path + "." + field, "'" + value.asText() + "' is not true or false");
            return false;
        }
        return value.booleanValue();
    }

    private static Optional<Instant> instant(String path, JsonNode node, String field, boolean required, Faults faults) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            if (required) {
                faults.add(path + "." + field, "is required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(com.partnerdesk.domain.common.Require.instant(field, parseInstant(value.strip())));
        } catch (InvalidValueException e) {
            faults.add(path + "." + field, Faults.reason(e));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            faults.add(path + "." + field, "'" + value + "' is not an ISO 8601 date-time such as 2024-05-01T14:30:00Z");
            return Optional.empty();
        }
    }

    /** Graph writes UTC with a Z and up to seven fraction digits; an offset is accepted, none means UTC. */
    static Instant parseInstant(String value) {
        if (value.endsWith("Z")) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notPlainUtc) {
                // fall through to the general forms
            }
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
    }

    /** The field's text; null when absent or JSON null. */
    private static String text(JsonNode node, String field) {
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
