package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.util.List;
import java.util.Optional;

public final class ReferenceDataService implements ReferenceDataUseCase {
    private final Guard guard;
    private final ReferenceData reference;
    private final PartnerSettings partner;

    public ReferenceDataService(Guard guard, ReferenceData reference, PartnerSettings partner) {
        this.guard = guard;
        this.reference = reference;
        this.partner = partner;
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

    @Override
    public PartnerProfile partner(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.VIEW, "partner.view");
            return partner.profile();
        });
    }

    @Override
    public void savePartner(Caller caller, PartnerProfile profile) {
        guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "partner.save");
            partner.save(profile);
            guard.record(caller, "partner.save", Optional.empty(), Optional.empty(),
                    "organization " + profile.organization() + ", advanced support " + profile.advancedSupport());
            return null;
        });
    }
}
