package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.domain.common.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Collects every fault of an input, each at its location, so that one run reports them all. */
final class Faults {
    private final List<InputFault> faults = new ArrayList<>();

    /** The value {@code parse} makes, or empty with a fault "location: field: message" recorded. */
    <T> Optional<T> check(String location, String field, Supplier<T> parse) {
        try {
            return Optional.ofNullable(parse.get());
        } catch (InvalidValueException e) {
            add(location, field + ": " + reason(e));
            return Optional.empty();
        }
    }

    void add(String location, String message) {
        faults.add(new InputFault(location, message));
    }

    boolean isEmpty() {
        return faults.isEmpty();
    }

    int size() {
        return faults.size();
    }

    List<InputFault> list() {
        return List.copyOf(faults);
    }

    /** The exception's message without the domain's field name (the input's own name is used instead). */
    static String reason(InvalidValueException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
