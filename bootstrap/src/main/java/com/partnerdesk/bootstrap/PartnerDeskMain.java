package com.partnerdesk.bootstrap;

import com.partnerdesk.adapters.cli.DatabaseLocation;
import java.util.Map;

/** The {@code partnerdesk} executable. */
public final class PartnerDeskMain {
    private PartnerDeskMain() {
    }

    public static void main(String[] args) {
        int code = new PartnerDeskApp(DatabaseLocation.resolve(args, System.getenv()), Map.copyOf(System.getenv()))
                .run(args);
        System.exit(code);
    }
}
