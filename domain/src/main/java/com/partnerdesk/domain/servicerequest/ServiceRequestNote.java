package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.common.Require;
import java.time.Instant;

/** A note on a service request, written by the partner or by the vendor's engineer. */
public record ServiceRequestNote(String author, String text, Instant createdAt, boolean fromVendor) {
    public ServiceRequestNote {
        author = Require.text("author", author, 254);
        text = Require.text("newNote", text, 20_000);
        Require.present("createdDate", createdAt);
    }
}
