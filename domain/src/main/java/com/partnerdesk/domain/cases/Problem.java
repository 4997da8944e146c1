package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.common.Require;
import java.time.Instant;

/** What the customer reported: the service, what users see, since when, how many, and how much it hurts. */
public record Problem(
        VendorService service,
        String title,
        String description,
        Instant startedAt,
        UsersAffected usersAffected,
        Impact impact,
        SymptomClassification classification) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    public Problem {
        Require.present("service", service);
        title = Require.text("title", title, MAX_TITLE);
        description = Require.text("description", description, MAX_DESCRIPTION);
        Require.instant("startedAt", startedAt);
        Require.present("usersAffected", usersAffected);
        Require.present("impact", impact);
        Require.present("classification", classification);
    }

    public Problem reclassified(SymptomClassification newClassification) {
        return new Problem(service, title, description, startedAt, usersAffected, impact, newClassification);
    }
}
