package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.VendorService;
import java.util.List;
import java.util.Optional;

public final class ReferenceDataService implements ReferenceDataUseCase {
    private final Guard guard;
    private final ReferenceData reference;

    public ReferenceDataService(Guard guard, ReferenceData reference) {
        this.guard = guard;
        this.reference = reference;
    }

    @Override
    public List<SupportTopic> supportTopics(Caller caller, Optional<ProductFamily> family) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "support-topics.list");
            return family.map(f -> reference.supportTopics().forFamily(f)).orElseGet(() -> reference.supportTopics().all());
        });
    }

    @Override
    public List<VendorService> services(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "services.list");
            return reference.services().all();
        });
    }
}
