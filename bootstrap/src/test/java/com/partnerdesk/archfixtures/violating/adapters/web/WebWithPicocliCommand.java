package com.partnerdesk.archfixtures.violating.adapters.web;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a picocli command in the web adapter. */
@Command(name = "serve")
public final class WebWithPicocliCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 0;
    }
}
