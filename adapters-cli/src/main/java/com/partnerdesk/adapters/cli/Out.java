package com.partnerdesk.adapters.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** The command line's standard output and error, which tests replace; both terminal-safe (see {@link TerminalSafeWriter}). */
final class Out {
    private Out() {
    }

    static PrintWriter of(CommandSpec spec) {
        return new PrintWriter(new TerminalSafeWriter(spec.commandLine().getOut()), true);
    }

    static PrintWriter err(CommandSpec spec) {
        return new PrintWriter(new TerminalSafeWriter(spec.commandLine().getErr()), true);
    }
}
