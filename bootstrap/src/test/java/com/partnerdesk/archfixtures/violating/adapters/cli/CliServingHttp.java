package com.partnerdesk.archfixtures.violating.adapters.cli;

import io.javalin.Javalin;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: the CLI adapter starts a Javalin server. */
public final class CliServingHttp {

    public Javalin serve(int port) {
        return Javalin.create().start(port);
    }
}
