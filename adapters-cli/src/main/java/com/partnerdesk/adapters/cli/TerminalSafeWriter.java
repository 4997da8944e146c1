package com.partnerdesk.adapters.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so that text stored in the desk (a case title, a
 * customer's name, a failed sign-in's e-mail) cannot drive the operator's terminal: control characters (ESC, BEL,
 * NUL, DEL, the C1 set, a CR that does not end a line) are written as visible escapes such as {@code \x1b};
 * line feeds, CRLF and TAB pass. JSON output never reaches this with a control character (JSON escapes them).
 */
final class TerminalSafeWriter extends FilterWriter {
    private boolean pendingCr;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** The text as this writer would print it. */
    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                safe.append(c);
            } else {
                appendSafe(safe, c);
            }
        }
        return safe.toString();
    }

    private static void appendSafe(StringBuilder out, char c) {
        if (c == '\n' || c == '\t' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
            out.append(c);
        } else {
            out.append(String.format("\\x%02x", (int) c));
        }
    }

    @Override
    public void write(int c) throws IOException {
        StringBuilder safe = new StringBuilder(6);
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
                out.write("\r\n");
                return;
            }
            safe.append("\\x0d");
        }
        if (c == '\r') {
            pendingCr = true;
        } else {
            appendSafe(safe, (char) c);
        }
        out.write(safe.toString());
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write("\\x0d");
        }
        super.flush();
    }
}
