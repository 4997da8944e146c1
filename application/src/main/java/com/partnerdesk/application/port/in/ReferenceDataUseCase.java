package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.util.List;
import java.util.Optional;

/** The service catalogue, the support topics and the partner's profile. */
public interface ReferenceDataUseCase {
    List<SupportTopic> supportTopics(Caller caller, Optional<ProductFamily> family);

    List<VendorService> services(Caller caller);

    PartnerProfile partner(Caller caller);

    void savePartner(Caller caller, PartnerProfile profile);
}
