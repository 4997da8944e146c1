package com.partnerdesk.adapters.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer: fields separated by commas, optionally quoted with {@code "},
 * quotes doubled inside quoted fields, quoted fields may hold commas and line breaks; records end in
 * CRLF, LF or a lone CR (as old spreadsheets on the Mac write them). A byte order mark at the start is skipped.
 */
final class Csv {
    /** One record and the (1-based) line of the file it starts on. */
    record Row(int line, List<String> fields) {
        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The file is not well-formed CSV at {@code line}. */
    static final class MalformedCsvException extends Exception {
        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private Csv() {
    }

    static List<Row> read(Reader reader) throws IOException, MalformedCsvException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        boolean first = true;
        boolean afterCr = false;
        boolean crInQuotes = false;
        int c;
        while ((c = reader.read()) != -1) {
            if (afterCr) {
                afterCr = false;
                if (c == '\n') {
                    continue; // the LF of a CRLF: the record already ended at the CR
                }
            }
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\r' || (c == '\n' && !crInQuotes)) {
                        line++;
                    }
                    crInQuotes = c == '\r';
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (afterQuote) {
                        field.append('"');
                        quoted = true;
                        afterQuote = false;
                    } else if (fieldStarted) {
                        throw new MalformedCsvException(line, "a quote inside an unquoted field; quote the whole field");
                    } else {
                        quoted = true;
                        fieldStarted = true;
                    }
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = false;
                }
                case '\r', '\n' -> {
                    afterCr = c == '\r';
                    fields.add(field.toString());
                    rows.add(new Row(recordLine, List.copyOf(fields)));
                    fields.clear();
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (afterQuote) {
                        throw new MalformedCsvException(line, "text after the closing quote of a field");
                    }
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
        }
        if (quoted) {
            throw new MalformedCsvException(recordLine, "a quoted field is not closed before the end of the file");
        }
        if (fieldStarted || afterQuote || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }

    /** One record, formula-safe (see {@link #guard}) and quoted where RFC 4180 requires it, ending in CRLF. */
    static String line(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** What a spreadsheet would read as a formula: a cell that begins with one of these characters. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A cell a spreadsheet shows as text: one that begins with {@code = + - @}, TAB or CR gets a leading
     * apostrophe (OWASP's advice against CSV injection), which {@link #unguard} takes off again on import.
     */
    static String guard(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value {@link #guard} was given: an apostrophe before a formula character is taken off. */
    static String unguard(String value) {
        return value.length() >= 2 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    static String quote(String raw) {
        String value = guard(raw);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
