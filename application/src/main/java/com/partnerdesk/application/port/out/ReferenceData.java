package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.catalogue.ServiceCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicCatalogue;

/** The service catalogue and support topics: shipped with the desk, extendable by the partner. */
public interface ReferenceData {
    ServiceCatalogue services();

    SupportTopicCatalogue supportTopics();
}
