package com.partnerdesk.adapters.web.audit;

import java.util.List;

/**
 * CSV (RFC 4180) that a spreadsheet opens without running anything: a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return — what Excel, LibreOffice and Google Sheets take for a formula —
 * gets a leading apostrophe, so an agent-typed detail such as {@code =HYPERLINK(...)} stays text. Cells holding a
 * comma, a quote or a line break are quoted. Lines end in CRLF. Pure functions.
 */
public final class FormulaSafeCsv {
    private FormulaSafeCsv() {
    }

    /** One line of cells, CRLF included. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** One cell, neutralised and quoted as needed; null is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
