package com.partnerdesk.application.contract;

import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.StoragePorts;

class InMemoryAuditTrailContractTest extends AbstractAuditTrailContractTest {
    @Override
    protected StoragePorts newStorage() {
        return InMemoryStorage.create();
    }
}
