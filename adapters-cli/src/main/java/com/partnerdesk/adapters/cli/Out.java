package com.partnerdesk.adapters.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** The command line's standard output and error, which tests replace. */
final class Out {
    private Out() {
    }

    static PrintWriter of(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }
}
