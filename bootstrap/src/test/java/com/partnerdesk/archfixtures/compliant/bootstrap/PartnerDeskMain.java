package com.partnerdesk.archfixtures.compliant.bootstrap;

import com.partnerdesk.archfixtures.compliant.adapters.cli.OpenCaseCliCommand;
import com.partnerdesk.archfixtures.compliant.adapters.web.CaseController;
import com.google.inject.Inject;
import io.javalin.Javalin;
import picocli.CommandLine;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. Bootstrap starts the server (Javalin) and runs the command line (picocli), injected through its constructor. */
public final class PartnerDeskMain {

    private final CaseController cases;
    private final OpenCaseCliCommand openCase;

    @Inject
    PartnerDeskMain(CaseController cases, OpenCaseCliCommand openCase) {
        this.cases = cases;
        this.openCase = openCase;
    }

    Javalin serve(int port) {
        return Javalin.create().start(port);
    }

    int run(String... args) {
        return new CommandLine(openCase).execute(args);
    }

    CaseController cases() {
        return cases;
    }
}
