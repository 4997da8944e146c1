package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.VendorService;
import java.util.List;
import java.util.Optional;

/** The service catalogue and the support topics. */
public interface ReferenceDataUseCase {
    List<SupportTopic> supportTopics(Caller caller, Optional<ProductFamily> family);

    List<VendorService> services(Caller caller);
}
