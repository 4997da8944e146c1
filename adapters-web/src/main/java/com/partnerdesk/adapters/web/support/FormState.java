package com.partnerdesk.adapters.web.support;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a refused form brings back to its page: which form it was, what the agent typed (shown again, never lost),
 * every fault found, each beside its field and in a summary in words (the field's label, not its key), and a sentence
 * saying what happened. {@link #NONE} for a page shown afresh.
 */
public final class FormState {
    public static final FormState NONE = new FormState("", Map.of(), List.of(), Map.of(), "");

    private final String form;
    private final Map<String, String> typed;
    private final List<Problem.Fault> faults;
    private final Map<String, String> labels;
    private final String alert;

    public FormState(String form, Map<String, String> typed, List<Problem.Fault> faults, Map<String, String> labels,
                     String alert) {
        this.form = form;
        this.typed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(typed));
        this.faults = List.copyOf(faults);
        this.labels = Map.copyOf(labels);
        this.alert = alert == null ? "" : alert;
    }

    /** A refusal of {@code form}, with what was typed in each of {@code fields}. */
    public static FormState refused(String form, Inputs typed, List<String> fields, List<Problem.Fault> faults,
                                    Map<String, String> labels, String alert) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, typed.raw(field));
        }
        return new FormState(form, values, faults, labels, alert);
    }

    /** Whether this is the refusal of {@code name} (so that its section opens and shows it). */
    public boolean is(String name) {
        return form.equals(name);
    }

    public boolean refused() {
        return !form.isEmpty();
    }

    /** What the agent typed in the field, or {@code otherwise} on a fresh page. */
    public String value(String field, String otherwise) {
        String value = typed.get(field);
        return value != null ? value : otherwise == null ? "" : otherwise;
    }

    public boolean hasValue(String field) {
        return typed.containsKey(field);
    }

    /** What the agent wrote (every field typed in, not blank), with its label: kept in sight when the form is gone. */
    public List<Map.Entry<String, String>> writing() {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        typed.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                kept.add(Map.entry(labels.getOrDefault(field, field), value));
            }
        });
        return kept;
    }

    public String alert() {
        return alert;
    }

    public boolean hasFault(String field) {
        return faults.stream().anyMatch(f -> field.equals(f.field()));
    }

    /** The id of the field's fault, for its {@code aria-describedby}; null (no attribute) when it has none. */
    public String describedBy(String field) {
        return hasFault(field) ? errorId(field) : null;
    }

    /** The field's faults, beside it. */
    public Content fault(String field) {
        List<String> messages = faults.stream().filter(f -> field.equals(f.field())).map(Problem.Fault::message)
                .toList();
        if (messages.isEmpty()) {
            return out -> { };
        }
        return out -> {
            out.writeContent("<p class=\"field-error\" id=\"" + errorId(field) + "\">");
            Escape.htmlContent(String.join("; ", messages), out);
            out.writeContent("</p>");
        };
    }

    /** Every fault in words: the field's label and what is wrong with it. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (Problem.Fault f : faults) {
            String where = Optional.ofNullable(f.field()).map(field -> labels.getOrDefault(field, field))
                    .orElse(f.check());
            lines.add(where == null ? f.message() : where + ": " + f.message());
        }
        return lines;
    }

    private static String errorId(String field) {
        return field.replace('.', '-') + "-error";
    }
}
