package com.partnerdesk.adapters.web;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads named input values (JSON fields, form fields, query parameters) and collects every fault, so a
 * malformed request is refused once with a 400 naming each field.
 */
final class Inputs {
    private final Function<String, String> source;
    private final List<InputFault> faults = new ArrayList<>();

    Inputs(Function<String, String> source) {
        this.source = source;
    }

    Optional<String> text(String field) {
        String value = source.apply(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String required(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            faults.add(new InputFault(field, "is required"));
            return null;
        }
        return value.get();
    }

    <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String wanted = value.get().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        faults.add(new InputFault(field, "'" + value.get() + "' is not one of " + String.join(", ", allowed)));
        return Optional.empty();
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        if (text(field).isEmpty()) {
            faults.add(new InputFault(field, "is required"));
            return null;
        }
        return enumValue(field, type).orElse(null);
    }

    Optional<Instant> instant(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            faults.add(new InputFault(field, "'" + value.get() + "' is not an ISO-8601 instant such as 2026-01-31T09:30:00Z"));
            return Optional.empty();
        }
        if (instant.isBefore(Require.EARLIEST) || instant.isAfter(Require.LATEST)) {
            faults.add(new InputFault(field, "'" + value.get() + "' is outside the years 1970 to 9999 the desk keeps"));
            return Optional.empty();
        }
        return Optional.of(instant);
    }

    Instant requiredInstant(String field) {
        if (text(field).isEmpty()) {
            faults.add(new InputFault(field, "is required"));
            return null;
        }
        return instant(field).orElse(null);
    }

    int integer(String field, int defaultValue, int min, int max) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                faults.add(new InputFault(field, "must be between " + min + " and " + max));
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            faults.add(new InputFault(field, "'" + value.get() + "' is not a whole number"));
            return defaultValue;
        }
    }

    boolean flag(String field) {
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
        faults.add(new InputFault(field, "'" + value.get() + "' is not true or false"));
        return false;
    }

    void fault(String field, String message) {
        faults.add(new InputFault(field, message));
    }

    private List<InputFault> prefixed() {
        return faults.stream().map(f -> new InputFault(prefix + f.location(), f.message())).toList();
    }

    /** Throws a 400 naming every fault found so far. */
    void check() {
        if (parent != null) {
            parent.faults.addAll(prefixed().stream()
                    .map(f -> new InputFault(f.location().substring(parent.prefix.length()), f.message())).toList());
            faults.clear();
            return;
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException("Invalid input", prefixed());
        }
    }

    /** Runs a value-object constructor, turning its refusal into a fault of the field. */
    <T> Optional<T> value(String field, java.util.function.Supplier<T> make) {
        try {
            return Optional.ofNullable(make.get());
        } catch (InvalidValueException e) {
            String prefix = e.field() + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            faults.add(new InputFault(field, message));
            return Optional.empty();
        }
    }

    // --- ids in paths: a malformed id is simply unknown -----------------------------------------

    static CaseId caseId(String value) {
        try {
            return CaseId.of(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("Case", value);
        }
    }

    static TenantId tenantId(String value) {
        try {
            return TenantId.of(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("Customer", value);
        }
    }

    static ServiceRequestId serviceRequestId(String value) {
        try {
            return ServiceRequestId.of(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("Service request", value);
        }
    }

    // --- JSON bodies ------------------------------------------------------------------------------

    private com.fasterxml.jackson.databind.JsonNode json;
    private String prefix = "";
    private Inputs parent;

    static Inputs ofJson(com.fasterxml.jackson.databind.JsonNode node) {
        Inputs inputs = new Inputs(field -> {
            com.fasterxml.jackson.databind.JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.isContainerNode()) {
                return null;
            }
            return value.asText();
        });
        inputs.json = node;
        return inputs;
    }

    /** The object under {@code field} (empty when absent); its faults are reported as field.child. */
    Inputs nested(String field) {
        com.fasterxml.jackson.databind.JsonNode node = json == null ? null : json.get(field);
        if (node != null && !node.isNull() && !node.isObject()) {
            fault(field, "must be a JSON object");
            node = null;
        }
        Inputs child = ofJson(node == null || node.isNull()
                ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node);
        child.prefix = prefix + field + ".";
        child.parent = this;
        return child;
    }

    /** A JSON array of strings (or one string). */
    List<String> strings(String field) {
        com.fasterxml.jackson.databind.JsonNode node = json == null ? null : json.get(field);
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
}
