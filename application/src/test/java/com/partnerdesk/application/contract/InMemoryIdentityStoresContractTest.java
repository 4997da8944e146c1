package com.partnerdesk.application.contract;

import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.StoragePorts;

class InMemoryIdentityStoresContractTest extends AbstractIdentityStoresContractTest {
    @Override
    protected StoragePorts newStorage() {
        return InMemoryStorage.create();
    }
}
