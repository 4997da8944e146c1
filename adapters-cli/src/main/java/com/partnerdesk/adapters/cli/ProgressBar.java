package com.partnerdesk.adapters.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** A one-line progress bar on stderr, for a person at a terminal; silent otherwise. */
final class ProgressBar implements IntConsumer, AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean visible;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label, int total, boolean visible) {
        this.err = err;
        this.label = label;
        this.total = Math.max(total, 1);
        this.visible = visible;
    }

    @Override
    public void accept(int done) {
        if (!visible) {
            return;
        }
        int filled = (int) ((long) Math.min(done, total) * WIDTH / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
