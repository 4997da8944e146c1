package com.partnerdesk.archfixtures.violating.adapters.cli;

import com.partnerdesk.archfixtures.violating.bootstrap.PartnerDeskMain;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: an adapter reaching back into the composition root that builds it (a cycle adapters <-> bootstrap). */
public final class VersionCommand {

    public String run() {
        return "partnerdesk " + PartnerDeskMain.version();
    }
}
