package com.partnerdesk.archfixtures.violating.bootstrap;

import com.partnerdesk.archfixtures.violating.adapters.cli.VersionCommand;

/** Fixture: a composition root; with VersionCommand it forms a cycle between adapters and bootstrap. */
public final class PartnerDeskMain {

    private PartnerDeskMain() {
    }

    public static String version() {
        return System.getProperty("partnerdesk.version", "dev");
    }

    public static void main(String[] args) {
        System.out.println(new VersionCommand().run());
    }
}
