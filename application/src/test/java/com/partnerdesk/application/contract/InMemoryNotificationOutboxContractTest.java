package com.partnerdesk.application.contract;

import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.StoragePorts;

class InMemoryNotificationOutboxContractTest extends AbstractNotificationOutboxContractTest {
    @Override
    protected StoragePorts newStorage() {
        return InMemoryStorage.create();
    }
}
