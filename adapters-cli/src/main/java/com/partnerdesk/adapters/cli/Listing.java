package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prints a list of records in one of the {@link OutputFormat}s: the same columns for the table and the
 * CSV (RFC 4180), and a JSON array of objects with stable field names (SPEC §8).
 *
 * @param <T> the record listed
 */
final class Listing<T> {
    /** Made on first use: only JSON output needs Jackson's object mapper, and making one is most of a short command's work. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, Object>> cells = new ArrayList<>();
    private final Function<T, ObjectNode> json;

    private Listing(Function<T, ObjectNode> json) {
        this.json = json;
    }

    /** The object mapper of JSON output (indented, leaves the writer open). */
    static ObjectMapper jsonMapper() {
        return Json.MAPPER;
    }

    /** One JSON document, indented, and a newline. */
    static void printJson(java.io.PrintWriter out, Object json) {
        try {
            Json.MAPPER.writeValue(out, json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.println();
    }

    static <T> Listing<T> of(Function<T, ObjectNode> json) {
        return new Listing<>(json);
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    Listing<T> column(String header, Function<T, Object> cell) {
        headers.add(header);
        cells.add(cell);
        return this;
    }

    void print(OutputFormat format, List<T> items, PrintWriter out) {
        switch (format) {
            case JSON -> printJson(items, out);
            case CSV -> printCsv(items, out);
            case TABLE -> printTable(items, out);
        }
        out.flush();
    }

    private void printJson(List<T> items, PrintWriter out) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(item -> array.add(json.apply(item)));
        try {
            Json.MAPPER.writeValue(out, array);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private void printCsv(List<T> items, PrintWriter out) {
        out.print(Csv.line(headers));
        for (T item : items) {
            out.print(Csv.line(row(item)));
        }
    }

    private void printTable(List<T> items, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (T item : items) {
            rows.add(row(item).stream().map(Listing::singleLine).toList());
        }
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(aligned(headers, widths));
        for (List<String> row : rows) {
            out.println(aligned(row, widths));
        }
        if (items.isEmpty()) {
            out.println("(none)");
        }
    }

    private List<String> row(T item) {
        List<String> row = new ArrayList<>(cells.size());
        for (Function<T, Object> cell : cells) {
            row.add(Objects.toString(cell.apply(item), ""));
        }
        return row;
    }

    private static String aligned(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            line.append(value);
            if (i < values.size() - 1) {
                line.append(" ".repeat(widths[i] - value.length() + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    private static String singleLine(String text) {
        String flat = text.replaceAll("\\s*\\R\\s*", " ");
        return flat.length() > 80 ? flat.substring(0, 79) + "…" : flat;
    }
}
