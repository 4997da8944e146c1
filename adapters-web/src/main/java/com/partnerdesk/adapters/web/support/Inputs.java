package com.partnerdesk.adapters.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads named input values — the fields of a form, of a JSON body or of the query — and collects every fault, so a
 * malformed request is refused once, naming each field. A form and a JSON body are read by the same parser: a form's
 * {@code evidence.startedAt} is the JSON body's {@code "evidence": {"startedAt": ...}}, and a form may give a time
 * as the agent's wall-clock time ({@code 2026-01-31T09:30}, in the agent's zone) where JSON gives an instant.
 */
public final class Inputs {
    private final Function<String, String> source;
    private final Function<String, List<String>> lists;
    private final Optional<ZoneId> wallClock;
    private final String prefix;
    private final Inputs parent;
    private final JsonNode json;
    private final List<InputFault> faults = new ArrayList<>();

    private Inputs(Function<String, String> source, Function<String, List<String>> lists, Optional<ZoneId> wallClock,
                   String prefix, Inputs parent, JsonNode json) {
        this.source = source;
        this.lists = lists;
        this.wallClock = wallClock;
        this.prefix = prefix;
        this.parent = parent;
        this.json = json;
    }

    /** The query parameters. */
    public static Inputs query(Context ctx) {
        return new Inputs(ctx::queryParam, ctx::queryParams, Optional.empty(), "", null, null);
    }

    /** The query of a page's filter form; times without a zone are wall-clock times in {@code zone}. */
    public static Inputs query(Context ctx, ZoneId zone) {
        return new Inputs(ctx::queryParam, ctx::queryParams, Optional.of(zone), "", null, null);
    }

    /** The fields of a posted form; times without a zone are wall-clock times in {@code zone}. */
    public static Inputs form(Context ctx, ZoneId zone) {
        return new Inputs(ctx::formParam, ctx::formParams, Optional.of(zone), "", null, null);
    }

    /** The fields of a JSON object. */
    public static Inputs json(JsonNode node) {
        return new Inputs(field -> scalar(node.get(field)), field -> strings(node.get(field)), Optional.empty(), "",
                null, node);
    }

    /** No input at all: for reading path segments through {@link #value}. */
    public static Inputs none() {
        return new Inputs(f -> null, f -> List.of(), Optional.empty(), "", null, null);
    }

    /** Whether the field is given at all: a JSON body's {@code "field": null} is given, a missing key is not. */
    public boolean present(String field) {
        return json != null ? json.has(field) : source.apply(field) != null;
    }

    public Optional<String> text(String field) {
        String value = source.apply(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The text as typed, blank or not: what a refused form shows again. */
    public String raw(String field) {
        String value = source.apply(field);
        return value == null ? "" : value;
    }

    public String required(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            fault(field, "is required");
            return null;
        }
        return value.get();
    }

    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String wanted = value.get().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        fault(field, "'" + value.get() + "' is not one of " + String.join(", ", allowed));
        return Optional.empty();
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        if (text(field).isEmpty()) {
            fault(field, "is required");
            return null;
        }
        return enumValue(field, type).orElse(null);
    }

    public Optional<Instant> instant(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            if (wallClock.isPresent()) {
                try {
                    instant = LocalDateTime.parse(value.get()).atZone(wallClock.get()).toInstant();
                } catch (java.time.DateTimeException notLocal) {
                    fault(field, "'" + value.get() + "' is not a date and time such as 2026-01-31T09:30");
                    return Optional.empty();
                }
            } else {
                fault(field, "'" + value.get() + "' is not an ISO-8601 instant such as 2026-01-31T09:30:00Z");
                return Optional.empty();
            }
        }
        if (instant.isBefore(com.partnerdesk.domain.common.Require.EARLIEST)
                || instant.isAfter(com.partnerdesk.domain.common.Require.LATEST)) {
            fault(field, "'" + value.get() + "' is outside the years 1970 to 9999 the desk keeps");
            return Optional.empty();
        }
        return Optional.of(instant);
    }

    public Instant requiredInstant(String field) {
        if (text(field).isEmpty()) {
            fault(field, "is required");
            return null;
        }
        return instant(field).orElse(null);
    }

    public int integer(String field, int defaultValue, int min, int max) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                fault(field, "must be between " + min + " and " + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            fault(field, "'" + value.get() + "' is not a whole number");
            return defaultValue;
        }
    }

    public boolean flag(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return false;
        }
        String v = value.get().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("on") || v.equals("yes") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("off") || v.equals("no") || v.equals("0")) {
            return false;
        }
        fault(field, "'" + value.get() + "' is not true or false");
        return false;
    }

    /** Every value of a repeated form field, or of a JSON array (one string counts as a list of one). */
    public List<String> strings(String field) {
        return lists.apply(field);
    }

    public void fault(String field, String message) {
        faults.add(new InputFault(field, message));
    }

    /** The faults found so far, with their full field names. */
    public List<InputFault> faults() {
        return faults.stream().map(f -> new InputFault(prefix + f.location(), f.message())).toList();
    }

    /** Throws a 400 naming every fault found so far; a nested reader hands its faults to its parent instead. */
    public void check() {
        if (parent != null) {
            parent.faults.addAll(faults.stream().map(f -> new InputFault(prefixWithin() + f.location(), f.message()))
                    .toList());
            faults.clear();
            return;
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException("Invalid input", faults());
        }
    }

    private String prefixWithin() {
        return prefix.substring(parent.prefix.length());
    }

    /** Runs a value-object constructor, turning its refusal into a fault of the field. */
    public <T> Optional<T> value(String field, Supplier<T> make) {
        try {
            return Optional.ofNullable(make.get());
        } catch (InvalidValueException e) {
            String fieldPrefix = e.field() + ": ";
            String message = e.getMessage().startsWith(fieldPrefix) ? e.getMessage().substring(fieldPrefix.length())
                    : e.getMessage();
            fault(field, message);
            return Optional.empty();
        }
    }

    /**
     * The group under {@code field}: a JSON body's object (empty when absent), a form's {@code field.child} fields.
     * Its faults are reported as {@code field.child}.
     */
    public Inputs nested(String field) {
        if (json == null) {
            return new Inputs(child -> source.apply(field + "." + child), child -> lists.apply(field + "." + child),
                    wallClock, prefix + field + ".", this, null);
        }
        JsonNode node = json.get(field);
        if (node != null && !node.isNull() && !node.isObject()) {
            fault(field, "must be a JSON object");
            node = null;
        }
        JsonNode object = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        return new Inputs(child -> scalar(object.get(child)), child -> strings(object.get(child)), wallClock,
                prefix + field + ".", this, object);
    }

    private static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    // --- ids in paths: a malformed id is simply unknown -----------------------------------------

    public static CaseId caseId(String value) {
        try {
            return CaseId.of(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("Case", value);
        }
    }

    public static TenantId tenantId(String value) {
        try {
            return TenantId.of(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("Customer", value);
        }
    }

    public static ServiceRequestId serviceRequestId(String value) {
        try {
            return ServiceRequestId.of(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("Service request", value);
        }
    }
}
