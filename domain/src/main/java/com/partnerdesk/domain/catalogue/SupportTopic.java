package com.partnerdesk.domain.catalogue;

import com.partnerdesk.domain.common.Require;

/** An entry of the vendor's support topic catalogue that a service request is filed under. */
public record SupportTopic(SupportTopicId id, String name, ProductFamily productFamily) {
    public SupportTopic {
        Require.present("supportTopicId", id);
        name = Require.text("supportTopicName", name, 200);
        Require.present("productFamily", productFamily);
    }
}
